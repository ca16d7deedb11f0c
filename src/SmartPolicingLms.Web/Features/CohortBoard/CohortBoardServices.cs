namespace SmartPolicingLms.Web.Features.CohortBoard;

internal static class CohortBoardServices
{
    public static IServiceCollection AddCohortBoard(this IServiceCollection services)
    {
        services.AddScoped<ShowCohortBoard>();
        return services;
    }
}
