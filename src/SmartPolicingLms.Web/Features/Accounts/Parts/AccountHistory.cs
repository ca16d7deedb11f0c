using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Accounts;

// Whether records of the institution point at an account: an enrolment, a cohort created, a roll call taken, a
// certificate issued, an audit entry. Read from the model's foreign keys rather than listed by hand, so a table added
// later that points at accounts counts too. Only keys that would refuse the account's deletion count; what goes with
// the account (its Identity rows, sign-in code, calendar link, followed institutions) is not history.
internal static class AccountHistory
{
    public static async Task<bool> AnyAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        var keys = db.Model.FindEntityType(typeof(ApplicationUser))!.GetReferencingForeignKeys()
            .Where(k => k.DeleteBehavior != DeleteBehavior.Cascade);
        foreach (var key in keys)
        {
            var table = key.DeclaringEntityType.GetTableName();
            var column = key.Properties.Single().GetColumnName();
            // Names from the model, never from input; the id is a parameter.
            var sql = $"SELECT 1 AS \"Value\" FROM \"{table}\" WHERE \"{column}\" = {{0}}";
            var rows = db.Database.SqlQueryRaw<int>(sql, userId);
            if (await rows.AnyAsync(ct))
                return true;
        }
        return false;
    }
}
