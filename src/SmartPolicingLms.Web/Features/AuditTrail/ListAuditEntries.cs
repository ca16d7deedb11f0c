using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.AuditTrail;

// The audit log, newest first, a page at a time. Administrators see every entry; program officers see the
// entries of their institutions' cohorts and those about partner organisations. Entries hold what their
// writers put in them, which by rule is never a co-trainer's name or contact.
internal sealed class ListAuditEntries(AppDbContext db, CurrentPerson person, CohortAccess access)
{
    public const int PageSize = 50;
    // The filter value that selects the partner organisations' entries instead of a cohort's.
    public const string PartnersFilter = "partners";

    internal sealed record Row(long Id, DateTime At, string Who, int? CohortId, string? CohortName, string? TimeZoneId,
        string Subject, string Action, string? Before, string? After);

    internal sealed record Page(IReadOnlyList<Row> Rows, int Number, int Count, int Total, AuditNames Names);

    internal sealed record CohortOption(int Id, string Name, string Institution);

    public async Task<Page> HandleAsync(string? filter, int page, CancellationToken ct)
    {
        var entries = Visible();
        if (filter == PartnersFilter)
            entries = entries.Where(e => e.CohortId == null && e.Subject == AuditSubject.PartnerOrganisation);
        else if (int.TryParse(filter, out var cohortId))
            entries = entries.Where(e => e.CohortId == cohortId);

        var total = await entries.CountAsync(ct);
        var count = Math.Max(1, (total + PageSize - 1) / PageSize);
        var number = Math.Clamp(page, 1, count);
        var stored = await (
                from e in entries
                join u in db.Users on e.UserId equals u.Id
                join c in db.Cohorts on e.CohortId equals (int?)c.Id into cohorts
                from c in cohorts.DefaultIfEmpty()
                join i in db.Institutions on (int?)c.InstitutionId equals (int?)i.Id into institutions
                from i in institutions.DefaultIfEmpty()
                orderby e.At descending, e.Id descending
                select new
                {
                    e.Id, e.At, Who = u.DisplayName, e.CohortId, CohortName = c == null ? null : c.Name, TimeZoneId = i == null ? null : i.TimeZoneId,
                    e.Subject, e.SubjectArguments, e.SubjectAsWritten, e.Action, e.ActionAsWritten, e.Before, e.After,
                })
            .Skip((number - 1) * PageSize)
            .Take(PageSize)
            .AsNoTracking()
            .ToListAsync(ct);
        // Worded here, in the language of the person reading, from the codes the entries store.
        var rows = stored.Select(e => new Row(e.Id, e.At, e.Who, e.CohortId, e.CohortName, e.TimeZoneId,
            AuditSubjectWords.Of(e.Subject, Arguments(e.SubjectArguments), e.SubjectAsWritten),
            AuditActionWords.Of(e.Action, e.ActionAsWritten), e.Before, e.After)).ToList();
        var names = await AuditNames.ForAsync(db, rows.SelectMany(r => new[] { r.Before, r.After }), ct);
        return new Page(rows, number, count, total, names);
    }

    public Task<List<CohortOption>> CohortsAsync(CancellationToken ct) =>
        VisibleCohorts()
            .Join(db.Institutions, c => c.InstitutionId, i => i.Id, (c, i) => new { c.Id, c.Name, Institution = i.Name })
            .OrderBy(c => c.Institution).ThenBy(c => c.Name)
            .Select(c => new CohortOption(c.Id, c.Name, c.Institution))
            .AsNoTracking()
            .ToListAsync(ct);

    IQueryable<AuditEntry> Visible()
    {
        if (person.IsAdministrator)
            return db.AuditEntries;
        var cohorts = VisibleCohorts().Select(c => c.Id);
        return db.AuditEntries.Where(e => e.CohortId == null
            ? e.Subject == AuditSubject.PartnerOrganisation
            : cohorts.Contains(e.CohortId.Value));
    }

    IQueryable<Cohort> VisibleCohorts() => access.Visible();

    static IReadOnlyList<string> Arguments(string? json) =>
        json is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<string>>(json) ?? [];
}
