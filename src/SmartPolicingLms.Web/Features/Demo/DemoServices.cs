namespace SmartPolicingLms.Web.Features.Demo;

internal static class DemoServices
{
    public static IServiceCollection AddDemo(this IServiceCollection services)
    {
        // After the database initializer (AddLmsDatabase), so the seeder runs once migrations and import are done.
        services.AddScoped<DemoData>();
        services.AddScoped<DemoPartners>();
        services.AddScoped<DemoCohorts>();
        services.AddScoped<DemoHistory>();
        services.AddHostedService<DemoSeeder>();
        return services;
    }
}
