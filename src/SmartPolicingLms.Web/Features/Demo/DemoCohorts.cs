using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Calendar;
using SmartPolicingLms.Web.Features.Cohorts;

namespace SmartPolicingLms.Web.Features.Demo;

// A cohort of every shipped course, each led by the first of its institution's demo instructors and scheduled by the
// schedule helper: the Kyrgyz course once as a closed cohort with its whole history and once as a draft, the Ghana
// course once in progress and once as a draft, every other course as a draft with its co-trainer slots still open.
internal sealed class DemoCohorts(AppDbContext db, AuditLog audit, DemoHistory history, TimeProvider clock, ILogger<DemoCohorts> logger)
{
    // An institution's demo instructors: the first leads its cohorts, the second (when there is one) teaches the sessions.
    internal sealed record Team(int InstitutionId, IReadOnlyList<string> Instructors);

    internal enum Stage { Draft, InProgress, Closed }

    sealed record Plan(string CourseId, string Institution, string Name, Stage Stage, int Capacity, string Location,
        TimeOnly DailyStart, int DailyMinutes, int BlockMinutes, int BreakMinutes, string? Edition = null);

    static readonly Plan[] Plans =
    [
        new("kyrgyz-harm-reduction-46h", DemoData.Kyrgyz, "Demo: spring cadets", Stage.Closed, 25, "Lecture hall 1",
            new TimeOnly(9, 0), 270, 90, 15, Edition: "ru"),
        new("kyrgyz-harm-reduction-46h", DemoData.Kyrgyz, "Demo: fourth-year cadets", Stage.Draft, 25, "Lecture hall 2",
            new TimeOnly(9, 0), 270, 90, 15),
        new("ghana-police-recruit-hiv", DemoData.Ghana, "Demo: current recruit intake", Stage.InProgress, 40, "Classroom A",
            new TimeOnly(8, 30), 360, 120, 30),
        new("ghana-police-recruit-hiv", DemoData.Ghana, "Demo: recruit intake", Stage.Draft, 40, "Classroom B",
            new TimeOnly(8, 30), 360, 120, 30),
        new("kash-kisumu-two-day-workshop", DemoData.Kenya, "Demo: county officers' workshop", Stage.Draft, 30, "Training room",
            new TimeOnly(9, 0), 390, 120, 30),
        new("andhra-pradesh-master-trainers", DemoData.AndhraPradesh, "Demo: district master trainers", Stage.Draft, 30, "Seminar hall",
            new TimeOnly(9, 30), 360, 120, 30),
        new("kolkata-police-and-drug-users", DemoData.Kolkata, "Demo: station officers' day", Stage.Draft, 30, "Conference room",
            new TimeOnly(10, 0), 360, 120, 30),
        new("example-referral-basics", DemoData.Kolkata, "Demo: referral refresher", Stage.Draft, 20, "Conference room",
            new TimeOnly(14, 0), 180, 90, 15),
        new("lashio-harm-reduction-police", DemoData.Lashio, "Demo: township officers' day", Stage.Draft, 30, "Meeting hall",
            new TimeOnly(9, 0), 360, 120, 30),
    ];

    public async Task<string> SeedAsync(IReadOnlyDictionary<string, Team> teams, CancellationToken ct)
    {
        var created = new List<Stage>();
        foreach (var plan in Plans)
        {
            if (!teams.TryGetValue(plan.Institution, out var team))
                continue;
            if (await CohortAsync(plan, team, ct) is not { } cohortId)
                continue;
            created.Add(plan.Stage);
            if (plan.Stage != Stage.Draft)
                await history.LiveAsync(cohortId, team.Instructors[0], plan.Stage == Stage.Closed, ct);
        }
        return $"{created.Count} cohort(s) created ({created.Count(s => s == Stage.Closed)} closed with results, "
            + $"{created.Count(s => s == Stage.InProgress)} in progress, {created.Count(s => s == Stage.Draft)} draft)";
    }

    async Task<int?> CohortAsync(Plan plan, Team team, CancellationToken ct)
    {
        if (await db.Cohorts.AnyAsync(c => c.InstitutionId == team.InstitutionId && c.Name == plan.Name, ct))
            return null;
        var version = await db.CourseVersions.AsNoTracking()
            .Where(v => v.CourseId == plan.CourseId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.HourMinutes, v.Language })
            .FirstOrDefaultAsync(ct);
        if (version is null)
        {
            logger.LogWarning("Demo cohort of {CourseId} skipped: the course is not imported.", plan.CourseId);
            return null;
        }
        var edition = plan.Edition is { } wanted
            && await db.CourseVersionEditions.AnyAsync(e => e.CourseVersionId == version.Id && e.Language == wanted, ct)
            ? wanted : version.Language;
        var modules = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == version.Id && m.Delivery != Delivery.SelfStudy)
            .OrderBy(m => m.Number)
            .Include(m => m.Slots)
            .ToListAsync(ct);
        var zone = await db.Institutions.Where(i => i.Id == team.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct);

        var first = StartDate(plan.Stage, zone);
        var drafted = ScheduleDrafter.Draft(
            [.. modules.Select(m => new ModuleToSchedule(m.Id, (int)Math.Ceiling(m.Hours * version.HourMinutes)))],
            new DraftPlan(first, Weekdays, plan.DailyStart, plan.DailyMinutes, plan.BlockMinutes, plan.BreakMinutes));
        var start = drafted.Count > 0 ? drafted[0].Date : first;
        var end = drafted.Count > 0 ? drafted[^1].Date : start.AddDays(41);

        var lead = team.Instructors[0];
        var teacher = team.Instructors[^1];
        var now = clock.GetUtcNow().UtcDateTime;
        var cohort = Cohort.Create(team.InstitutionId, version.Id, edition, plan.Name, start, end, plan.Capacity, lead,
            CalendarToken.New(), now);
        cohort.Instructors.Add(new CohortInstructor { UserId = lead, IsLead = true });
        foreach (var session in drafted)
        {
            var module = modules.Single(m => m.Id == session.ModuleId);
            var scheduled = CohortSession.Create(module.Id, Utc(session.Date, session.Start, zone), Utc(session.Date, session.End, zone),
                plan.Location, module.Slots);
            scheduled.Instructors.Add(new SessionInstructor { UserId = teacher });
            cohort.Sessions.Add(scheduled);
        }

        // The audit entries need the cohort's id, so the two saves share one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        audit.Record(lead, cohort.Id, AuditSubjects.Cohort, AuditAction.CreatedDemo, null, CohortSnapshot.Of(cohort));
        audit.Record(lead, cohort.Id, AuditSubjects.Schedule, AuditAction.ScheduleDraftedDemo, null,
            new ScheduleSnapshot(cohort.Sessions.Count, cohort.Sessions.Sum(s => s.Slots.Count), 0));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return cohort.Id;
    }

    static readonly HashSet<DayOfWeek> Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    // A draft starts on a Monday four to five weeks ahead: far enough to plan, near enough to look real. The cohort in
    // progress started three teaching days ago in the institution's own calendar, so it has roll calls behind it, one
    // due today and sessions to come; the closed one ran about ten weeks ago.
    DateOnly StartDate(Stage stage, string zone)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById(zone)));
        if (stage == Stage.InProgress)
        {
            var date = today;
            for (var taught = 0; taught < 3;)
            {
                date = date.AddDays(-1);
                if (Weekdays.Contains(date.DayOfWeek))
                    taught++;
            }
            return date;
        }
        var monday = today.AddDays(stage == Stage.Closed ? -70 : 28);
        while (monday.DayOfWeek != DayOfWeek.Monday)
            monday = monday.AddDays(1);
        return monday;
    }

    static DateTime Utc(DateOnly date, TimeOnly time, string zoneId) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), TimeZoneInfo.FindSystemTimeZoneById(zoneId));
}
