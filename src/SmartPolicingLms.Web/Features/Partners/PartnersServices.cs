using FluentValidation;

namespace SmartPolicingLms.Web.Features.Partners;

internal static class PartnersServices
{
    public static IServiceCollection AddPartners(this IServiceCollection services)
    {
        services.AddScoped<ListOrganisations>();
        services.AddScoped<ShowOrganisation>();
        services.AddScoped<ShowContact>();
        services.AddScoped<CreateOrganisation.Handler>();
        services.AddScoped<IValidator<CreateOrganisation.Command>, CreateOrganisation.Validator>();
        services.AddScoped<EditOrganisation.Query>();
        services.AddScoped<EditOrganisation.Handler>();
        services.AddScoped<IValidator<EditOrganisation.Command>, EditOrganisation.Validator>();
        services.AddScoped<CreateCoTrainer.Handler>();
        services.AddScoped<IValidator<CreateCoTrainer.Command>, CreateCoTrainer.Validator>();
        services.AddScoped<EditCoTrainer.Query>();
        services.AddScoped<EditCoTrainer.Handler>();
        services.AddScoped<IValidator<EditCoTrainer.Command>, EditCoTrainer.Validator>();
        services.AddScoped<RemoveCoTrainer>();
        return services;
    }
}
