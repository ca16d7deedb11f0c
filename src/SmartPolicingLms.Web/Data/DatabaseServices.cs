using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Data;

internal static class DatabaseServices
{
    // Both contexts are registered and the provider is chosen when AppDbContext is resolved, so a test host can
    // switch provider or connection string through configuration alone.
    public static IServiceCollection AddLmsDatabase(this IServiceCollection services)
    {
        services.AddDbContext<SqliteAppDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<LmsSettings>().ConnectionString).AddInterceptors(new SqlitePragmas()));
        services.AddDbContext<PostgresAppDbContext>((sp, options) =>
            options.UseNpgsql(sp.GetRequiredService<LmsSettings>().ConnectionString));
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<LmsSettings>().Provider switch
        {
            DatabaseProvider.Postgres => sp.GetRequiredService<PostgresAppDbContext>(),
            _ => sp.GetRequiredService<SqliteAppDbContext>(),
        });
        services.AddSingleton<DatabaseLock>();
        services.AddHostedService<DatabaseInitializer>();
        return services;
    }
}
