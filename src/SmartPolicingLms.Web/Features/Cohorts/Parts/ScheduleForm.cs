using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Cohorts;

// What the schedule helper's page shows around its form.
internal sealed class ScheduleForm(AppDbContext db, CohortAccess access, InstitutionInstructors instructors)
{
    internal sealed record Model(CohortRight Right, string CohortName, int Version, CohortState State, DateOnly StartDate,
        DateOnly EndDate, string TimeZoneId, int HourMinutes, int ContactModules, int ContactMinutes, int ExistingSessions,
        IReadOnlyList<InstitutionInstructors.Option> Instructors);

    public async Task<Model?> HandleAsync(int cohortId, CancellationToken ct)
    {
        var right = await access.RightAsync(cohortId, ct);
        if (right == CohortRight.None)
            return null;
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId, ct);
        var hourMinutes = await db.CourseVersions.Where(v => v.Id == cohort.CourseVersionId).Select(v => v.HourMinutes).SingleAsync(ct);
        var hours = await db.CourseModules.Where(m => m.CourseVersionId == cohort.CourseVersionId && m.Delivery != Delivery.SelfStudy)
            .Select(m => m.Hours).ToListAsync(ct);
        return new Model(right, cohort.Name, cohort.Version, cohort.State, cohort.StartDate, cohort.EndDate,
            await db.Institutions.Where(i => i.Id == cohort.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct),
            hourMinutes, hours.Count, hours.Sum(h => CohortRules.RequiredMinutes(h, hourMinutes)),
            await db.CohortSessions.CountAsync(s => s.CohortId == cohortId, ct),
            await instructors.ListAsync(cohort.InstitutionId, ct));
    }
}
