namespace SmartPolicingLms.Web.Audit;

internal static class AuditServices
{
    public static IServiceCollection AddAuditLog(this IServiceCollection services) =>
        services.AddScoped<AuditLog>().AddScoped<IStartupStep, StoredTextAsCodes>();
}
