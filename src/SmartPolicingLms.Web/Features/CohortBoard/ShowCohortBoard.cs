using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.CohortBoard;

// How a cohort is going: attendance per session and per recruit, who is at risk of not completing and why, and
// co-trainer slots planned against delivered. For the cohort's instructors and the program officers following its
// institution (as its results). The whole cohort is read in a fixed number of queries; completion comes from
// RecruitCompletion's cohort pass, the same rule the recruit's page uses.
internal sealed class ShowCohortBoard(AppDbContext db, CohortAccess access, RecruitCompletion completion, TimeProvider clock)
{
    internal sealed record SessionRow(int Id, int ModuleNumber, string ModuleTitle, DateTime StartsAt, bool IsMakeUp, bool Over,
        bool RollCallTaken, int Attended, int Expected, int SlotsPlanned, int SlotsDelivered);

    internal sealed record RecruitRow(int EnrollmentId, string Name, int Attended, int Marked, decimal AttendedHours, decimal RequiredHours,
        bool Completed, IReadOnlyList<string> RiskReasons)
    {
        // Once the cohort is closed: what was missing, as its completion record stores it.
        public IReadOnlyList<MissingItem> Missing { get; init; } = [];
    }

    internal sealed record Model(int CohortId, string CohortName, CohortState State, string TimeZoneId, IReadOnlyList<SessionRow> Sessions,
        IReadOnlyList<RecruitRow> Recruits, DeliveryCounts Delivery)
    {
        // Closed: each recruit's result is final, read from the completion records closing stored.
        public bool Closed => State == CohortState.Completed;
    }

    public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(int cohortId, CancellationToken ct)
    {
        var (right, refusal) = await access.ResultsAsync(cohortId, ct);
        if (refusal is not null)
            return (null, refusal);
        var cohort = await (from c in db.Cohorts
                            join i in db.Institutions on c.InstitutionId equals i.Id
                            join v in db.CourseVersions on c.CourseVersionId equals v.Id
                            where c.Id == cohortId
                            select new { c.Name, c.State, c.InstitutionId, i.TimeZoneId, v.PostTestAttempts })
            .AsNoTracking().SingleAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await (from s in db.CohortSessions
                              join m in db.CourseModules on s.CourseModuleId equals m.Id
                              where s.CohortId == cohortId
                              orderby s.StartsAt
                              select new { s.Id, m.Number, m.Title, s.StartsAt, s.EndsAt, s.IsMakeUp }).AsNoTracking().ToListAsync(ct);
        var inCohort = db.CohortSessions.Where(s => s.CohortId == cohortId).Select(s => s.Id);
        var rollCalls = (await db.RollCalls.Where(r => inCohort.Contains(r.SessionId)).Select(r => r.SessionId).ToListAsync(ct)).ToHashSet();
        var marks = await db.AttendanceRecords.AsNoTracking().Where(r => inCohort.Contains(r.SessionId))
            .Select(r => new { r.SessionId, r.EnrollmentId, r.Mark }).ToListAsync(ct);
        var seats = (await db.MakeUpSeats.AsNoTracking().Where(s => inCohort.Contains(s.SessionId))
            .Select(s => new { s.SessionId, s.EnrollmentId }).ToListAsync(ct)).ToLookup(s => s.SessionId, s => s.EnrollmentId);
        var slots = (await db.SessionSlots.AsNoTracking().Where(s => inCohort.Contains(s.SessionId)).ToListAsync(ct)).ToLookup(s => s.SessionId);
        var recruits = await (from e in db.Enrollments.Active()
                              join u in db.Users on e.RecruitUserId equals u.Id
                              where e.CohortId == cohortId
                              orderby u.DisplayName
                              select new { e.Id, u.DisplayName, e.ExtraPostTestAttempts }).AsNoTracking().ToListAsync(ct);
        var postAttempts = await db.TestAttempts.Where(a => a.Kind == TestKind.Post
                && db.Enrollments.Active().Any(e => e.Id == a.EnrollmentId && e.CohortId == cohortId))
            .GroupBy(a => a.EnrollmentId).Select(g => new { EnrollmentId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.EnrollmentId, g => g.Count, ct);
        var decisions = await completion.CohortAsync(cohortId, ct);
        // A closed cohort shows what was recorded (and corrected since, with reasons), as the recruit's own page does.
        var records = cohort.State == CohortState.Completed
            ? await db.CompletionRecords.AsNoTracking()
                .Where(r => db.Enrollments.Active().Any(e => e.Id == r.EnrollmentId && e.CohortId == cohortId))
                .ToDictionaryAsync(r => r.EnrollmentId, ct)
            : new Dictionary<int, CompletionRecord>();

        var active = recruits.Select(r => r.Id).ToHashSet();
        var markOf = marks.ToDictionary(m => (m.SessionId, m.EnrollmentId), m => m.Mark);
        var markedIn = marks.ToLookup(m => m.SessionId, m => m.EnrollmentId);
        // Who a session's roll call lists (as SessionRoster does): a regular session everyone active plus anyone marked,
        // a make-up session only those moved into it.
        HashSet<int> Expected(int sessionId, bool isMakeUp) =>
            [.. (isMakeUp ? seats[sessionId] : active).Concat(markedIn[sessionId])];
        var expected = sessions.ToDictionary(s => s.Id, s => Expected(s.Id, s.IsMakeUp));
        static bool Attended(AttendanceMark mark) => mark is AttendanceMark.Present or AttendanceMark.Late;

        var sessionRows = sessions.Select(s =>
        {
            var taken = rollCalls.Contains(s.Id);
            var planned = slots[s.Id].Count(p => p.Coverage is SlotCoverage.FilledByOrganisation or SlotCoverage.Named);
            return new SessionRow(s.Id, s.Number, s.Title, s.StartsAt, s.IsMakeUp, s.EndsAt <= now, taken,
                taken ? expected[s.Id].Count(id => markOf.TryGetValue((s.Id, id), out var mark) && Attended(mark)) : 0,
                expected[s.Id].Count, planned, slots[s.Id].Count(p => p.Delivered == true));
        }).ToList();

        var firstStart = sessions.Where(s => !s.IsMakeUp).Select(s => (DateTime?)s.StartsAt).Min();
        var lastEnd = sessions.Where(s => !s.IsMakeUp).Select(s => (DateTime?)s.EndsAt).Max();
        var recruitRows = recruits.Select(r =>
        {
            var (facts, result) = decisions[r.Id];
            var taken = sessions.Where(s => rollCalls.Contains(s.Id) && expected[s.Id].Contains(r.Id)).ToList();
            // Still open to the recruit: sessions they are expected at, not marked, and not held yet or without a roll call.
            var stillOpen = sessions.Where(s => (!s.IsMakeUp || seats[s.Id].Contains(r.Id))
                    && !markOf.ContainsKey((s.Id, r.Id)) && (s.EndsAt > now || !rollCalls.Contains(s.Id)))
                .Select(s => new SessionAttendance(s.Number, (decimal)(s.EndsAt - s.StartsAt).TotalMinutes, AttendanceMark.Present)).ToList();
            var attended = taken.Count(s => markOf.TryGetValue((s.Id, r.Id), out var mark) && Attended(mark));
            if (records.TryGetValue(r.Id, out var record))
                return new RecruitRow(r.Id, r.DisplayName, attended, taken.Count, record.AttendedHours, record.RequiredHours, record.Completed, [])
                    { Missing = MissingItem.Read(record.Missing) };
            var risks = result.Completed ? [] : BoardRules.AtRisk(facts, stillOpen,
                preTestClosed: firstStart is { } first && first <= now, lastSessionOver: lastEnd is { } last && last <= now,
                postAttemptsLeft: cohort.PostTestAttempts + r.ExtraPostTestAttempts - postAttempts.GetValueOrDefault(r.Id));
            return new RecruitRow(r.Id, r.DisplayName, attended,
                taken.Count, result.AttendedHours, result.RequiredHours, result.Completed, risks);
        }).ToList();

        var over = sessions.ToDictionary(s => s.Id, s => s.EndsAt <= now);
        var delivery = BoardRules.Delivery(slots.SelectMany(g => g.Select(p => (p.Coverage, p.Delivered, over[g.Key]))));
        return (new Model(cohortId, cohort.Name, cohort.State, cohort.TimeZoneId, sessionRows, recruitRows, delivery), null);
    }
}
