using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Data;

internal static class SaveChanges
{
    // False when another save reached a versioned row first (its Version no longer matched): nothing was written, and
    // the tracked changes are dropped so the page reads what is stored.
    public static async Task<bool> TrySaveAsync(this AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
