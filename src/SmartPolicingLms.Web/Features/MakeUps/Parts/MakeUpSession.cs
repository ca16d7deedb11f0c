using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.MakeUps;

// A make-up session of a cohort as the seat pages see it: who sits it, and who could be moved into it because they
// were marked Absent, Excused or Late in one of the module's regular sessions.
internal sealed class MakeUpSession(AppDbContext db, CohortAccess access)
{
    static readonly IStringLocalizer T = Localizers.For<MakeUpsStrings>();

    internal sealed record Model(CohortRight Right, int CohortId, string CohortName, int Version, CohortState State, int SessionId,
        int ModuleNumber, string ModuleTitle, string When, string Location, IReadOnlyList<Recruit> Seated, IReadOnlyList<Recruit> Offered);

    // What a recruit missed, worded for the page ("Absent on Mon 2 Mar 2026 09:00–12:00"); HasMark only for the seated.
    internal sealed record Recruit(int EnrollmentId, string Name, string? ServiceNumber, IReadOnlyList<string> MissedSessions, bool HasMark);

    // Null when the cohort is not visible to the person asking or the session is not one of its make-up sessions.
    public async Task<Model?> HandleAsync(int cohortId, int sessionId, CancellationToken ct)
    {
        var right = await access.RightAsync(cohortId, ct);
        if (right == CohortRight.None)
            return null;
        var session = await db.CohortSessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.CohortId == cohortId && s.IsMakeUp)
            .Select(s => new { s.CourseModuleId, s.StartsAt, s.EndsAt, s.Location }).SingleOrDefaultAsync(ct);
        if (session is null)
            return null;
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.Name, c.Version, c.State, Zone = db.Institutions.Where(i => i.Id == c.InstitutionId).Select(i => i.TimeZoneId).Single() })
            .SingleAsync(ct);
        var module = await db.CourseModules.AsNoTracking().Where(m => m.Id == session.CourseModuleId)
            .Select(m => new { m.Number, m.Title }).SingleAsync(ct);
        var zone = LocalTime.Zone(cohort.Zone);

        var missed = await MissedAsync(cohortId, session.CourseModuleId, zone, ct);
        var seated = await db.MakeUpSeats.AsNoTracking().Where(s => s.SessionId == sessionId).Select(s => s.EnrollmentId).ToListAsync(ct);
        var marked = await db.AttendanceRecords.AsNoTracking().Where(r => r.SessionId == sessionId).Select(r => r.EnrollmentId).ToListAsync(ct);
        var ids = seated.Concat(missed.Keys).Distinct().ToList();
        var people = await (from e in db.Enrollments.AsNoTracking()
                            where ids.Contains(e.Id)
                            join u in db.Users on e.RecruitUserId equals u.Id
                            select new { e.Id, u.DisplayName, u.ServiceNumber }).ToDictionaryAsync(p => p.Id, ct);
        Recruit Row(int id) => new(id, people[id].DisplayName, people[id].ServiceNumber, missed.GetValueOrDefault(id, []), marked.Contains(id));

        return new Model(right, cohortId, cohort.Name, cohort.Version, cohort.State, sessionId, module.Number, module.Title,
            LocalTime.Span(LocalTime.ToLocal(session.StartsAt, zone), LocalTime.ToLocal(session.EndsAt, zone)), session.Location,
            [.. seated.Select(Row).OrderBy(r => r.Name)],
            [.. missed.Keys.Except(seated).Select(Row).OrderBy(r => r.Name)]);
    }

    // The cohort's active recruits marked Absent, Excused or Late in a regular session of the module, with those sessions.
    public async Task<Dictionary<int, List<string>>> MissedAsync(int cohortId, int moduleId, TimeZoneInfo zone, CancellationToken ct)
    {
        var rows = await (from r in db.AttendanceRecords.AsNoTracking()
                          join s in db.CohortSessions on r.SessionId equals s.Id
                          join e in db.Enrollments.Active() on r.EnrollmentId equals e.Id
                          where s.CohortId == cohortId && s.CourseModuleId == moduleId && !s.IsMakeUp
                              && e.CohortId == cohortId
                              && (r.Mark == AttendanceMark.Absent || r.Mark == AttendanceMark.Excused || r.Mark == AttendanceMark.Late)
                          select new { r.EnrollmentId, r.Mark, s.StartsAt, s.EndsAt }).ToListAsync(ct);
        return rows.OrderBy(r => r.StartsAt).GroupBy(r => r.EnrollmentId).ToDictionary(g => g.Key, g => g
            .Select(r => T["{0} on {1}", MarkName(r.Mark), LocalTime.Span(LocalTime.ToLocal(r.StartsAt, zone), LocalTime.ToLocal(r.EndsAt, zone))].Value).ToList());
    }

    static string MarkName(AttendanceMark mark) => mark switch
    {
        AttendanceMark.Absent => T["Absent"],
        AttendanceMark.Excused => T["Excused"],
        AttendanceMark.Late => T["Late"],
        _ => T["Present"],
    };
}
