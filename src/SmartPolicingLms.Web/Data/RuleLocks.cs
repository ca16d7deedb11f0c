using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace SmartPolicingLms.Web.Data;

// What a rule that spans rows is about (one instructor's or co-trainer's time, one room, one cohort's places), as a lock
// key. Scopes are numbered in the order locks are taken, so two requests never wait on each other in a circle.
internal readonly record struct RuleLock(int Scope, int Key)
{
    public static RuleLock Instructor(string userId) => new(1, Hash(userId));
    public static RuleLock Room(int institutionId, string locationKey) => new(2, Hash($"{institutionId}/{locationKey}"));
    public static RuleLock CoTrainer(int coTrainerId) => new(3, coTrainerId);
    public static RuleLock Places(int cohortId) => new(4, cohortId);

    // Stable across processes (string.GetHashCode is not), so every instance locks the same key; a collision only makes
    // two unrelated requests queue.
    static int Hash(string text) => BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

// A check-then-save ("is this instructor free?", "is there a place left?") holds only if nobody else saves between the
// check and the save. So the request opens a write transaction before it checks, and the check locks what it reads:
// - on SQLite the transaction is the lock: Microsoft.Data.Sqlite begins it IMMEDIATE, taking the database's one write
//   lock at once, so such requests run one after another (SqlitePragmas' busy timeout is how long one waits);
// - on PostgreSQL, transaction-scoped advisory locks, one per instructor, room, co-trainer or cohort checked, so only
//   requests about the same thing wait; the server frees them when the transaction ends, however it ends.
internal static class RuleLocks
{
    public static Task<IDbContextTransaction> BeginCheckedWriteAsync(this AppDbContext db, CancellationToken ct) =>
        db.Database.BeginTransactionAsync(ct);

    public static async Task LockAsync(this AppDbContext db, IEnumerable<RuleLock> locks, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("A rule lock lasts as long as its transaction: begin one (BeginCheckedWriteAsync) before checking.");
        if (db is not PostgresAppDbContext)
            return;
        foreach (var (scope, key) in locks.Distinct().OrderBy(l => l.Scope).ThenBy(l => l.Key))
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({scope}, {key})", ct);
    }
}
