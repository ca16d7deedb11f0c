using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SmartPolicingLms.Web.Data;

internal static class DatabaseServices
{
    // Both contexts are registered and the provider is chosen when AppDbContext is resolved, so a test host can
    // switch provider or connection string through configuration alone.
    public static IServiceCollection AddLmsDatabase(this IServiceCollection services)
    {
        // SQLite rebuilds a table to change a column, and EF turns foreign keys off around the rebuild outside the
        // migration's transaction, warning on every first start that this could leave a migration half applied. It
        // cannot: the rebuild itself runs in the transaction, and "PRAGMA foreign_keys" lasts only as long as the
        // connection, so an interrupted start leaves the previous schema and nothing switched off.
        services.AddDbContext<SqliteAppDbContext>((sp, options) =>
            options.UseSqlite(sp.GetRequiredService<LmsSettings>().ConnectionString).AddInterceptors(new SqlitePragmas())
                .ConfigureWarnings(w => w.Log((RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug))));
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
