using FluentValidation;
using SmartPolicingLms.Web.Features.Accounts;
using SmartPolicingLms.Web.Features.Catalogue;
using SmartPolicingLms.Web.Features.CourseImport;
using SmartPolicingLms.Web.Features.FirstSignIn;
using SmartPolicingLms.Web.Features.Institutions;

namespace SmartPolicingLms.Web.Features;

// Every use case is a plain class registered here by hand, so a reader can see what exists.
internal static class FeatureServices
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<Audit.AuditLog>();

        services.AddScoped<TemporaryPassword>();
        services.AddScoped<FirstAdministrator>();
        services.AddScoped<ListAccounts>();
        services.AddScoped<CreateAccount.Handler>();
        services.AddScoped<IValidator<CreateAccount.Command>, CreateAccount.Validator>();
        services.AddScoped<UnlockAccount>();
        services.AddScoped<ResetSignIn>();

        services.AddScoped<SetOwnPassword.Handler>();
        services.AddScoped<IValidator<SetOwnPassword.Command>, SetOwnPassword.Validator>();

        services.AddScoped<ListInstitutions>();
        services.AddScoped<CreateInstitution.Handler>();
        services.AddScoped<IValidator<CreateInstitution.Command>, CreateInstitution.Validator>();
        services.AddScoped<EditInstitution.Query>();
        services.AddScoped<EditInstitution.Handler>();
        services.AddScoped<IValidator<EditInstitution.Command>, EditInstitution.Validator>();

        services.AddScoped<ImportCourses>();
        services.AddScoped<ShowImportReport>();

        services.AddScoped<ListCourses>();
        services.AddScoped<ShowCourse>();
        services.AddScoped<ShowVersion>();
        services.AddScoped<ShowModule>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeatureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCourseFiles();
        return endpoints;
    }
}
