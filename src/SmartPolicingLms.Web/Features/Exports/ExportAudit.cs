namespace SmartPolicingLms.Web.Features.Exports;

// Every export is in the audit log before its first byte leaves: who, the scope exactly as asked, the format and how
// many rows it holds. Recruits are counted, never named.
internal sealed class ExportAudit(AppDbContext db, AuditLog audit, CurrentPerson person)
{

    internal sealed record Entry(ReportScopeSnapshot Scope, string Format, int Rows, int Cohorts, int? CohortsLeftOut = null);

    public async Task RecordAsync(AuditAction what, Entry entry, CancellationToken ct)
    {
        audit.Record(person.UserId, null, AuditSubjects.Export, what, null, entry);
        await db.SaveChangesAsync(ct);
    }
}
