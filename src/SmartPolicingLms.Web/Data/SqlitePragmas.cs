using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SmartPolicingLms.Web.Data;

// SQLite lets one connection write at a time. Left as shipped, a second writer is told "busy" at once and
// Microsoft.Data.Sqlite retries on its own slow schedule: with recruits saving answers together, the load runner
// measured waits in steps of about 150 ms (p95 of an answer save near 500 ms). With a busy timeout SQLite waits for
// the lock itself, a millisecond or so at a time; and in WAL mode (kept in the database file once set) readers no
// longer wait for a writer, nor a writer for readers. Synchronous stays FULL: an answer saved survives a power cut.
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
