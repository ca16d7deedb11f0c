using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Calendar;
using SmartPolicingLms.Web.Features.Cohorts;

namespace SmartPolicingLms.Web.Features.Demo;

// A draft cohort of the Kyrgyz course and one of the Ghana course, each led by the first of its institution's
// demo instructors and scheduled by the schedule helper, with every co-trainer slot still open.
internal sealed class DemoCohorts(AppDbContext db, AuditLog audit, TimeProvider clock, ILogger<DemoCohorts> logger)
{
    internal sealed record Place(int InstitutionId, string LeadId, string OtherInstructorId);

    sealed record Plan(string CourseId, string Name, int Capacity, string Location, TimeOnly DailyStart, int DailyMinutes,
        int BlockMinutes, int BreakMinutes);

    static readonly Plan Kyrgyz = new("kyrgyz-harm-reduction-46h", "Demo: fourth-year cadets", 25, "Lecture hall 2",
        new TimeOnly(9, 0), 270, 90, 15);
    static readonly Plan Ghana = new("ghana-police-recruit-hiv", "Demo: recruit intake", 40, "Classroom B",
        new TimeOnly(8, 30), 360, 120, 30);

    public async Task<string> SeedAsync(Place kyrgyz, Place ghana, CancellationToken ct)
    {
        var created = 0;
        created += await CohortAsync(Kyrgyz, kyrgyz, ct) ? 1 : 0;
        created += await CohortAsync(Ghana, ghana, ct) ? 1 : 0;
        return $"{created} draft cohort(s) created";
    }

    async Task<bool> CohortAsync(Plan plan, Place place, CancellationToken ct)
    {
        if (await db.Cohorts.AnyAsync(c => c.InstitutionId == place.InstitutionId && c.Name == plan.Name, ct))
            return false;
        var version = await db.CourseVersions.AsNoTracking()
            .Where(v => v.CourseId == plan.CourseId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Id, v.HourMinutes, v.Language })
            .FirstOrDefaultAsync(ct);
        if (version is null)
        {
            logger.LogWarning("Demo cohort of {CourseId} skipped: the course is not imported.", plan.CourseId);
            return false;
        }
        var modules = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == version.Id && m.Delivery != Delivery.SelfStudy)
            .OrderBy(m => m.Number)
            .Include(m => m.Slots)
            .ToListAsync(ct);
        var zone = await db.Institutions.Where(i => i.Id == place.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct);

        var drafted = ScheduleDrafter.Draft(
            [.. modules.Select(m => new ModuleToSchedule(m.Id, (int)Math.Ceiling(m.Hours * version.HourMinutes)))],
            new DraftPlan(StartDate(), new HashSet<DayOfWeek>
                { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
                plan.DailyStart, plan.DailyMinutes, plan.BlockMinutes, plan.BreakMinutes));
        var start = drafted.Count > 0 ? drafted[0].Date : StartDate();
        var end = drafted.Count > 0 ? drafted[^1].Date : start.AddDays(41);

        var now = clock.GetUtcNow().UtcDateTime;
        var cohort = Cohort.Create(place.InstitutionId, version.Id, version.Language, plan.Name, start, end, plan.Capacity, place.LeadId,
            CalendarToken.New(), now);
        cohort.Instructors.Add(new CohortInstructor { UserId = place.LeadId, IsLead = true });
        foreach (var session in drafted)
        {
            var module = modules.Single(m => m.Id == session.ModuleId);
            var scheduled = CohortSession.Create(module.Id, Utc(session.Date, session.Start, zone), Utc(session.Date, session.End, zone),
                plan.Location, module.Slots);
            scheduled.Instructors.Add(new SessionInstructor { UserId = place.OtherInstructorId });
            cohort.Sessions.Add(scheduled);
        }

        // The audit entries need the cohort's id, so the two saves share one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        audit.Record(place.LeadId, cohort.Id, AuditSubjects.Cohort, AuditAction.CreatedDemo, null, CohortSnapshot.Of(cohort));
        audit.Record(place.LeadId, cohort.Id, AuditSubjects.Schedule, AuditAction.ScheduleDraftedDemo, null,
            new ScheduleSnapshot(cohort.Sessions.Count, cohort.Sessions.Sum(s => s.Slots.Count), 0));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    // A Monday four to five weeks ahead: far enough to plan, near enough to look real.
    DateOnly StartDate()
    {
        var date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(28);
        while (date.DayOfWeek != DayOfWeek.Monday)
            date = date.AddDays(1);
        return date;
    }

    static DateTime Utc(DateOnly date, TimeOnly time, string zoneId) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(time, DateTimeKind.Unspecified), TimeZoneInfo.FindSystemTimeZoneById(zoneId));
}
