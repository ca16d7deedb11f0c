using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Database;

public abstract class MigrationTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_first_start_builds_the_database_by_applying_every_migration()
    {
        var (known, applied, pending) = await Factory.WithDatabaseAsync(async db => (
            db.Database.GetMigrations().ToList(),
            (await db.Database.GetAppliedMigrationsAsync()).ToList(),
            (await db.Database.GetPendingMigrationsAsync()).ToList()));

        Assert.NotEmpty(known);
        // EnsureCreated would leave the history empty; every migration recorded means they built the schema.
        Assert.Equal(known, applied);
        Assert.Empty(pending);
    }

    [SkippableFact]
    public async Task The_model_has_no_changes_that_lack_a_migration()
    {
        var pendingChanges = await Factory.WithDatabaseAsync(db => Task.FromResult(db.Database.HasPendingModelChanges()));

        Assert.False(pendingChanges,
            $"The {Factory.ProviderName} model differs from its latest migration snapshot: add a migration for this provider.");
    }

    [SkippableFact]
    public async Task Each_database_runs_migrations_written_for_it()
    {
        var (contextType, migrationContexts) = await Factory.WithDatabaseAsync(db => Task.FromResult((
            db.GetType(),
            db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Migrations.Values
                .Select(m => m.GetCustomAttribute<DbContextAttribute>()?.ContextType).Distinct().ToList())));

        Assert.Equal([contextType], migrationContexts);
        Assert.Contains(Factory.ProviderName == "SQLite" ? "Sqlite" : "Postgres", contextType.Name);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : MigrationTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : MigrationTests(factory), IClassFixture<PostgresLmsFactory>;
}
