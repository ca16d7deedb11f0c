namespace SmartPolicingLms.Web.Features.CohortResults;

internal static class CohortResultsServices
{
    public static IServiceCollection AddCohortResults(this IServiceCollection services)
    {
        services.AddScoped<ShowResults>();
        return services;
    }
}
