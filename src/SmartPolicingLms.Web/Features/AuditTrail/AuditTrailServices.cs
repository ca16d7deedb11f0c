namespace SmartPolicingLms.Web.Features.AuditTrail;

internal static class AuditTrailServices
{
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddScoped<ListAuditEntries>();
        return services;
    }
}
