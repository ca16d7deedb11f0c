namespace SmartPolicingLms.Web.Reporting;

internal static class ReportingServices
{
    public static IServiceCollection AddReporting(this IServiceCollection services) => services.AddScoped<ReportableCohorts>();
}
