using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace SmartPolicingLms.Web.Tests.Harness;

// The embedded default: SQLite, with the database file the app creates in the installation's data folder.
public sealed class SqliteLmsFactory : LmsFactory
{
    public SqliteLmsFactory() : this(null, null)
    {
    }

    SqliteLmsFactory(string? dataFolder, string? curriculaFolder, bool editableCurricula = false)
        : base(dataFolder, curriculaFolder, editableCurricula)
    {
    }

    public override string ProviderName => "SQLite";

    public string DatabaseFile => Path.Combine(DataFolder, "smartpolicinglms.db");

    public override void EnsureAvailable()
    {
    }

    public override LmsFactory NewInstanceOnSameDatabase() => new SqliteLmsFactory(DataFolder, CurriculaFolder) { Clock = Clock };

    public override LmsFactory NewInstallation(bool editableCurricula = false) => new SqliteLmsFactory(null, null, editableCurricula);

    protected override void ConfigureDatabase(IWebHostBuilder builder) => builder.UseSetting("Database:Provider", "Sqlite");

    public override Task MakeDatabaseUnreachableAsync()
    {
        SqliteConnection.ClearAllPools();
        File.Move(DatabaseFile, DatabaseFile + ".gone");
        // A folder where the file was: SQLite can neither open it nor quietly create a new empty database.
        Directory.CreateDirectory(DatabaseFile);
        return Task.CompletedTask;
    }

    protected override Task CleanUpDatabaseAsync()
    {
        // Pooled connections keep the file open; the folder is deleted after this.
        SqliteConnection.ClearAllPools();
        return Task.CompletedTask;
    }
}
