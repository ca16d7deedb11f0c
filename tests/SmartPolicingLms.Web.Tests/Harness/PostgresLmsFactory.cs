using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace SmartPolicingLms.Web.Tests.Harness;

// A real PostgreSQL server (SPLMS_TEST_POSTGRES, default the CI cluster's lms role). Each installation gets a
// database of its own, created empty before the app starts and dropped when the factory is disposed.
public sealed class PostgresLmsFactory : LmsFactory
{
    const string DefaultServer = "Host=127.0.0.1;Username=lms;Password=lms";
    static readonly Lazy<string?> ServerProblem = new(FindServerProblem);

    readonly bool ownsDatabase;
    int prepared;

    public PostgresLmsFactory() : this($"splms_test_{Guid.NewGuid():N}", ownsDatabase: true, null, null)
    {
    }

    PostgresLmsFactory(string databaseName, bool ownsDatabase, string? dataFolder, string? curriculaFolder, bool editableCurricula = false)
        : base(dataFolder, curriculaFolder, editableCurricula)
    {
        DatabaseName = databaseName;
        this.ownsDatabase = ownsDatabase;
    }

    public override string ProviderName => "PostgreSQL";

    public string DatabaseName { get; }

    public string ConnectionString => ServerDatabase(DatabaseName);

    static string BaseConnectionString =>
        Environment.GetEnvironmentVariable("SPLMS_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    static string ServerDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = database }.ConnectionString;

    public override void EnsureAvailable() => Requirement.Met(ServerProblem.Value);

    public override LmsFactory NewInstanceOnSameDatabase() =>
        new PostgresLmsFactory(DatabaseName, ownsDatabase: false, DataFolder, CurriculaFolder) { Clock = Clock };

    public override LmsFactory NewInstallation(bool editableCurricula = false) =>
        new PostgresLmsFactory($"splms_test_{Guid.NewGuid():N}", ownsDatabase: true, null, null, editableCurricula);

    protected override void ConfigureDatabase(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Postgres");
        builder.UseSetting("ConnectionStrings:Postgres", ConnectionString);
    }

    protected override void PrepareDatabase()
    {
        if (!ownsDatabase || Interlocked.Exchange(ref prepared, 1) == 1)
            return;
        using var connection = new NpgsqlConnection(ServerDatabase("postgres"));
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", connection);
        create.ExecuteNonQuery();
    }

    public override Task MakeDatabaseUnreachableAsync() => DropDatabaseAsync();

    protected override async Task CleanUpDatabaseAsync()
    {
        if (ownsDatabase && prepared == 1)
            await DropDatabaseAsync();
    }

    // A drop can meet a connection the server is still closing, or another class's CREATE DATABASE holding the
    // catalogue: it is tried again a few times before the class's clean-up is reported as failed.
    async Task DropDatabaseAsync()
    {
        await using (var pooled = new NpgsqlConnection(ConnectionString))
            NpgsqlConnection.ClearPool(pooled);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ServerDatabase("postgres"));
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }

    static string? FindServerProblem()
    {
        var target = new NpgsqlConnectionStringBuilder(BaseConnectionString) { Database = "postgres", Timeout = 5 };
        try
        {
            using var connection = new NpgsqlConnection(target.ConnectionString);
            connection.Open();
            using var canCreate = new NpgsqlCommand("SELECT rolcreatedb FROM pg_roles WHERE rolname = current_user", connection);
            return canCreate.ExecuteScalar() is true
                ? null
                : $"PostgreSQL role '{target.Username}' may not create databases (needs CREATEDB).";
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return $"No PostgreSQL server reachable at {target.Host}:{target.Port} as '{target.Username}' " +
                $"(set SPLMS_TEST_POSTGRES or start the cluster: pg_ctlcluster 15 main start): {e.Message}";
        }
    }
}
