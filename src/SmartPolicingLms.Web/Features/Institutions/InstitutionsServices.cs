using FluentValidation;

namespace SmartPolicingLms.Web.Features.Institutions;

internal static class InstitutionsServices
{
    public static IServiceCollection AddInstitutions(this IServiceCollection services)
    {
        services.AddScoped<ListInstitutions>();
        services.AddScoped<CreateInstitution.Handler>();
        services.AddScoped<IValidator<CreateInstitution.Command>, CreateInstitution.Validator>();
        services.AddScoped<EditInstitution.Query>();
        services.AddScoped<EditInstitution.Handler>();
        services.AddScoped<IValidator<EditInstitution.Command>, EditInstitution.Validator>();
        services.AddScoped<CertificateSettings>();
        services.AddScoped<SetSignatories.Handler>();
        services.AddScoped<IValidator<SetSignatories.Command>, SetSignatories.Validator>();
        services.AddScoped<UploadCrest.Handler>();
        services.AddScoped<RemoveCrest.Handler>();
        return services;
    }
}
