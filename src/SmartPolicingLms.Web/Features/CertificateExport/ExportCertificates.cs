namespace SmartPolicingLms.Web.Features.CertificateExport;

// A program officer's (or an administrator's) bulk export of the certificates of a scope, as a ZIP or as one PDF.
// It changes nothing but the audit log.
internal sealed class ExportCertificates(StandingCertificates standing, AuditLog audit, AppDbContext db, CurrentPerson person,
    IStringLocalizer<CertificateExportStrings> t)
{
    internal enum Format { Zip, Pdf }

    string TooManyForOnePdf(int count) =>
        t["One PDF holds at most {0:N0} certificates and this covers {1:N0}. Download them as a ZIP of single PDFs, or choose fewer cohorts or a shorter period.",
            CertificatesMergedPdf.MostPages, count];

    // What will be exported, recorded in the audit log before the first byte leaves; or why not.
    public async Task<(StandingCertificates.Selection? Selection, Refusal? Refusal)> StartAsync(ReportScope scope, Format format,
        CancellationToken ct)
    {
        var (selection, refusal) = await standing.InAsync(scope, ct);
        if (selection is null)
            return (null, refusal);
        if (selection.Count == 0)
            return (null, Refusal.NotFound(t["No certificate that still stands was issued in the cohorts this covers."]));
        if (format == Format.Pdf && selection.Count > CertificatesMergedPdf.MostPages)
            return (null, Refusal.Invalid(TooManyForOnePdf(selection.Count)));
        // Recorded at the start, not the end: names leave with the first bytes, so a download cut off half-way has
        // still handed some out, and the log must show it.
        audit.Record(person.UserId, null, AuditSubjects.Certificates, format == Format.Zip ? AuditAction.ExportedAsZip : AuditAction.ExportedAsPdf, null,
            new { Scope = scope.Snapshot(), Certificates = selection.Count });
        await db.SaveChangesAsync(ct);
        return (selection, null);
    }

    public IAsyncEnumerable<(Certificate Certificate, byte[]? Crest)> ReadAsync(StandingCertificates.Selection selection,
        CancellationToken ct) => standing.ReadAsync(selection, ct);
}
