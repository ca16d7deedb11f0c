using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SmartPolicingLms.Web.Hosting;

// Runs before the server takes requests: migrates, then runs the features' start-up steps (roles and the first
// administrator, the curricula import), all under one database-wide lock so instances starting together take turns.
internal sealed class DatabaseInitializer(
    IServiceProvider services,
    LmsSettings settings,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        PrepareDataFolder();
        logger.LogInformation("Database: {Provider}; data folder: {DataFolder}", settings.Provider, settings.DataFolder);

        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<AppDbContext>();
        if (settings.Provider == DatabaseProvider.Postgres && settings.MigrateOnStartup)
            await CreatePostgresDatabaseIfMissingAsync(db, cancellationToken);

        await using (await provider.GetRequiredService<DatabaseLock>().AcquireAsync(cancellationToken))
        {
            if (!OperatingSystem.IsWindows())
                PrivateDataFolder.CreateSqliteDatabase(settings);
            if (settings.MigrateOnStartup)
            {
                if (settings.Provider == DatabaseProvider.Postgres)
                    await CreateMigrationHistoryIfMissingAsync(db, cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
            }
            else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
                throw new InvalidOperationException(
                    "The database has pending migrations and Database:MigrateOnStartup is false. Apply them first.");

            // Creating the first data-protection key under the lock means every instance shares that one key.
            provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("startup").Protect([1]);

            foreach (var step in provider.GetServices<IStartupStep>().OrderBy(s => s.Order))
                await step.RunAsync(cancellationToken);
        }
    }

    void PrepareDataFolder()
    {
        DataFolderCheck.EnsureWritable(settings.DataFolder);
        if (OperatingSystem.IsWindows())
            return;
        var tightened = PrivateDataFolder.Prepare(settings);
        if (tightened.Count > 0)
            logger.LogWarning("Other accounts could read these in the data folder; they are now this account's only " +
                "(folders 0700, files 0600): {Paths}", string.Join(", ", tightened));
    }

    // Npgsql's migrator reads the history table before creating it and logs the "does not exist" failure as an
    // error on every new database (npgsql/efcore.pg#3407). Creating the table first, under the lock, is what the
    // migrator would do next anyway.
    static async Task CreateMigrationHistoryIfMissingAsync(AppDbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);

    // Migrate would create a missing database itself, but the advisory lock needs the database to connect to.
    static async Task CreatePostgresDatabaseIfMissingAsync(AppDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(ct))
            return;
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it a moment ago.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
