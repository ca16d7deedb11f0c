using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Partners;

// At a co-trainer's request, deletes everything about them. The database does the rest: slots that named them
// keep the organisation (CoTrainerId is set to null), and the log of who viewed their contact goes with them.
// The audit entry says only that a co-trainer was removed, so nothing of the person remains.
internal sealed class RemoveCoTrainer(CurrentPerson person, AppDbContext db, AuditLog audit)
{
    public async Task<bool> HandleAsync(int organisationId, int coTrainerId, CancellationToken ct)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => o.Name)
            .SingleOrDefaultAsync(ct);
        if (organisation is null)
            return false;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // SQLite otherwise leaves deleted rows readable in the file's free pages until they are reused.
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON", ct);
        var removed = await db.CoTrainers
            .Where(c => c.Id == coTrainerId && c.PartnerOrganisationId == organisationId)
            .ExecuteDeleteAsync(ct);
        if (removed == 0)
            return false;
        audit.Record(person.UserId, null, PartnerAudit.Subject(organisation), AuditAction.CoTrainerRemoved, null, null);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
