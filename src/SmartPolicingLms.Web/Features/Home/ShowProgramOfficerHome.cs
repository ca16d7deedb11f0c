using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Home;

// A program officer's home: the institutions they follow, and the cohorts there whose last session is near (so their
// results are due soon) or that closed lately (so their registers and certificates can be exported).
internal sealed class ShowProgramOfficerHome(AppDbContext db, CurrentPerson person, TimeProvider clock)
{
    // How far ahead a cohort counts as closing soon, and how far back one counts as recently closed.
    public const int ClosingWithinDays = 14;
    public const int ClosedWithinDays = 30;

    internal sealed record Model(IReadOnlyList<InstitutionLine> Institutions, IReadOnlyList<CohortLine> ClosingSoon,
        IReadOnlyList<CohortLine> RecentlyClosed);

    internal sealed record InstitutionLine(int Id, string Name, int RunningCohorts);

    internal sealed record CohortLine(int Id, string Name, string Institution, CohortState State, DateOnly LastDay);

    // Read once per request: the home page reads every section before any renders, and the section
    // then takes the same answer, so no two queries share the request's DbContext at once.
    Task<Model?>? answer;

    public Task<Model?> HandleAsync(CancellationToken ct) => answer ??= ReadAsync(ct);

    async Task<Model?> ReadAsync(CancellationToken ct)
    {
        if (!person.IsProgramOfficer)
            return null;
        var followed = person.FollowedInstitutionIds.ToList();
        var institutions = await db.Institutions.AsNoTracking().Where(i => followed.Contains(i.Id)).OrderBy(i => i.Name)
            .Select(i => new InstitutionLine(i.Id, i.Name,
                db.Cohorts.Count(c => c.InstitutionId == i.Id && (c.State == CohortState.Published || c.State == CohortState.InProgress))))
            .ToListAsync(ct);

        var cohorts = await (
            from c in db.Cohorts.AsNoTracking()
            join i in db.Institutions on c.InstitutionId equals i.Id
            where followed.Contains(c.InstitutionId)
                && (c.State == CohortState.Published || c.State == CohortState.InProgress || c.State == CohortState.Completed)
            select new
            {
                c.Id, c.Name, Institution = i.Name, i.TimeZoneId, c.State, c.EndDate,
                LastEnd = db.CohortSessions.Where(s => s.CohortId == c.Id && !s.IsMakeUp).Max(s => (DateTime?)s.EndsAt),
            }).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var lines = cohorts.Select(c =>
        {
            var zone = LocalTime.Zone(c.TimeZoneId);
            // The last session's day where the cohort is; the planned end date while nothing is scheduled.
            var lastDay = c.LastEnd is { } end ? DateOnly.FromDateTime(LocalTime.ToLocal(end, zone)) : c.EndDate;
            return (Line: new CohortLine(c.Id, c.Name, c.Institution, c.State, lastDay), Today: DateOnly.FromDateTime(LocalTime.ToLocal(now, zone)));
        }).ToList();
        return new Model(institutions,
            [.. lines.Where(l => l.Line.State != CohortState.Completed && l.Line.LastDay >= l.Today && l.Line.LastDay <= l.Today.AddDays(ClosingWithinDays))
                .Select(l => l.Line).OrderBy(l => l.LastDay).ThenBy(l => l.Name)],
            [.. lines.Where(l => l.Line.State == CohortState.Completed && l.Line.LastDay >= l.Today.AddDays(-ClosedWithinDays))
                .Select(l => l.Line).OrderByDescending(l => l.LastDay).ThenBy(l => l.Name)]);
    }
}
