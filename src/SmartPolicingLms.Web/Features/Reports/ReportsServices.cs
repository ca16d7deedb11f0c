using FluentValidation;

namespace SmartPolicingLms.Web.Features.Reports;

internal static class ReportsServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<ShowTargets>();
        services.AddScoped<SetTarget.Handler>();
        services.AddScoped<IValidator<SetTarget.Command>, SetTarget.Validator>();
        services.AddScoped<BuildReport>();
        return services;
    }
}
