using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Home;

// An instructor's home: today's sessions of the cohorts they teach (in their institution's time zone), the roll calls
// that are open and not taken yet, and those cohorts with their state.
internal sealed class ShowInstructorHome(AppDbContext db, CurrentPerson person, LmsSettings settings, TimeProvider clock)
{
    internal sealed record Model(TimeZoneInfo Zone, DateOnly Today, IReadOnlyList<SessionLine> Sessions, IReadOnlyList<SessionLine> RollCallsDue,
        IReadOnlyList<CohortLine> Cohorts);

    internal sealed record SessionLine(int CohortId, int SessionId, string CohortName, int ModuleNumber, string ModuleTitle,
        DateTime LocalStart, DateTime LocalEnd, string Location, bool RollCallTaken);

    internal sealed record CohortLine(int Id, string Name, CohortState State, DateOnly StartDate, DateOnly EndDate);

    // Read once per request: the home page reads every section before any renders, and the section
    // then takes the same answer, so no two queries share the request's DbContext at once.
    Task<Model?>? answer;

    public Task<Model?> HandleAsync(CancellationToken ct) => answer ??= ReadAsync(ct);

    async Task<Model?> ReadAsync(CancellationToken ct)
    {
        if (person is not { IsInstructor: true, InstitutionId: { } institutionId })
            return null;
        var zoneId = await db.Institutions.AsNoTracking().Where(i => i.Id == institutionId).Select(i => i.TimeZoneId).SingleAsync(ct);
        var zone = LocalTime.Zone(zoneId);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(LocalTime.ToLocal(now, zone));
        var dayStart = LocalTime.ToUtc(today, TimeOnly.MinValue, zone) ?? now.Date;
        var dayEnd = LocalTime.ToUtc(today.AddDays(1), TimeOnly.MinValue, zone) ?? dayStart.AddDays(1);

        var taught = Taught(institutionId);
        var cohorts = await taught.AsNoTracking()
            .OrderBy(c => c.State == CohortState.Completed || c.State == CohortState.Cancelled).ThenBy(c => c.StartDate).ThenBy(c => c.Name)
            .Select(c => new CohortLine(c.Id, c.Name, c.State, c.StartDate, c.EndDate)).ToListAsync(ct);

        // Sessions that touch today, of cohorts that run (a draft's sessions are plans; a cancelled cohort's never happen).
        var sessions = await (
            from s in db.CohortSessions.AsNoTracking()
            join c in taught on s.CohortId equals c.Id
            join m in db.CourseModules on s.CourseModuleId equals m.Id
            where s.StartsAt < dayEnd && s.EndsAt > dayStart
                && (c.State == CohortState.Published || c.State == CohortState.InProgress)
            select new { c.Id, SessionId = s.Id, c.Name, m.Number, m.Title, s.StartsAt, s.EndsAt, s.Location,
                Taken = db.RollCalls.Any(r => r.SessionId == s.Id) }).ToListAsync(ct);
        var lines = sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Name)
            .Select(s => new SessionLine(s.Id, s.SessionId, s.Name, s.Number, s.Title, LocalTime.ToLocal(s.StartsAt, zone),
                LocalTime.ToLocal(s.EndsAt, zone), s.Location, s.Taken)).ToList();
        // Due: the roll call has opened (a short time before the start, as the roll-call page allows) and nobody took it.
        var opensBefore = TimeSpan.FromMinutes(settings.RollCallOpensMinutesBeforeStart);
        var due = sessions.Where(s => !s.Taken && now >= s.StartsAt - opensBefore).Select(s => s.SessionId).ToHashSet();
        return new Model(zone, today, lines, [.. lines.Where(l => due.Contains(l.SessionId))], cohorts);
    }

    // The cohorts the instructor leads or teaches a session of, by the rule the cohort pages and calendar links use.
    IQueryable<Cohort> Taught(int institutionId) =>
        Calendar.TaughtCohorts.By(db, person.UserId).Where(c => c.InstitutionId == institutionId);
}
