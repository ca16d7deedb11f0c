namespace SmartPolicingLms.Web.Features.Exports;

internal static class ExportsServices
{
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddScoped<ExportScope>();
        services.AddScoped<ExportAudit>();
        services.AddScoped<CompletionRegister>();
        services.AddScoped<ResultsDataset>();
        services.AddScoped<ShowExports>();
        return services;
    }
}
