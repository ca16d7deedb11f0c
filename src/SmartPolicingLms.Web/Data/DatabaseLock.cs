using Microsoft.Data.Sqlite;
using Npgsql;

namespace SmartPolicingLms.Web.Data;

// Serialises migrating, seeding and importing across every instance that shares the database, so two instances
// starting at once neither race on DDL nor import the same course twice.
internal sealed class DatabaseLock(LmsSettings settings, ILogger<DatabaseLock> logger)
{
    // Any fixed number will do; it only has to be the same in every instance of this application.
    const long PostgresLockKey = 0x534D_504C_4D53; // "SMPLMS"
    static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        return settings.Provider == DatabaseProvider.Postgres
            ? await PostgresAdvisoryLock.AcquireAsync(settings.ConnectionString, PostgresLockKey, timeout.Token)
            : await LockFile.AcquireAsync(LockFilePath(), logger, timeout.Token);
    }

    // Beside the database file rather than in the data folder: whoever shares the file shares the lock.
    string LockFilePath()
    {
        var dataSource = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        return dataSource is "" or ":memory:"
            ? Path.Combine(settings.DataFolder, "database.lock")
            : Path.GetFullPath(dataSource) + ".lock";
    }

    sealed class PostgresAdvisoryLock(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public static async Task<PostgresAdvisoryLock> AcquireAsync(string connectionString, long key, CancellationToken ct)
        {
            // A session lock on a connection of its own, held until disposed; the server frees it if we die.
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
            var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", key);
            await command.ExecuteNonQueryAsync(ct);
            return new PostgresAdvisoryLock(connection, key);
        }

        public async ValueTask DisposeAsync()
        {
            await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection))
            {
                command.Parameters.AddWithValue("key", key);
                await command.ExecuteNonQueryAsync();
            }
            await connection.DisposeAsync();
        }
    }

    sealed class LockFile(FileStream stream) : IAsyncDisposable
    {
        public static async Task<LockFile> AcquireAsync(string path, ILogger logger, CancellationToken ct)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var waited = false;
            while (true)
            {
                try
                {
                    // FileShare.None takes an exclusive OS lock (flock on Unix) that the OS drops if the process dies.
                    return new LockFile(new FileStream(path, Options()));
                }
                catch (IOException)
                {
                    if (!waited)
                        logger.LogInformation("Waiting for another instance to finish starting ({LockFile})", path);
                    waited = true;
                    await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
                }
            }
        }

        static FileStreamOptions Options()
        {
            var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = PrivateDataFolder.FileMode;
            return options;
        }

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
