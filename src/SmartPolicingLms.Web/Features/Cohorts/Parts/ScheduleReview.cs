using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Cohorts;

// A cohort's schedule measured against its course: each contact module's time, and the sessions with open slots.
// Read by the cohort page (warnings while drafting) and by publishing (refusals).
internal sealed class ScheduleReview(AppDbContext db, PlanBreaks breaks)
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    internal sealed record Result(IReadOnlyList<(int ModuleId, ModuleTime Time)> Modules, IReadOnlyList<SessionWithOpenSlots> OpenSlots)
    {
        public IReadOnlyList<string> PublishBlockers => CohortRules.PublishBlockers(Modules.Select(m => m.Time), OpenSlots);
    }

    public async Task<Result> HandleAsync(int cohortId, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new
            {
                c.CourseVersionId,
                HourMinutes = db.CourseVersions.Where(v => v.Id == c.CourseVersionId).Select(v => v.HourMinutes).Single(),
                Zone = db.Institutions.Where(i => i.Id == c.InstitutionId).Select(i => i.TimeZoneId).Single(),
            })
            .SingleAsync(ct);
        var modules = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == cohort.CourseVersionId && m.Delivery != Delivery.SelfStudy)
            .Select(m => new { m.Id, m.Number, m.Title, m.Hours })
            .ToListAsync(ct);
        var sessions = await db.CohortSessions.AsNoTracking().Where(s => s.CohortId == cohortId)
            .Select(s => new { s.CourseModuleId, s.StartsAt, s.EndsAt, s.IsMakeUp, s.Slots })
            .ToListAsync(ct);

        var planBreaks = await breaks.OfVersionAsync(cohort.CourseVersionId, ct);
        var zone = LocalTime.Zone(cohort.Zone);
        var times = modules.OrderBy(m => m.Number).Select(m =>
        {
            // A make-up session repeats the module for those who missed it; it adds nothing to the module's time.
            var own = sessions.Where(s => s.CourseModuleId == m.Id && !s.IsMakeUp).ToList();
            var minutes = (int)own.Sum(s => (s.EndsAt - s.StartsAt).TotalMinutes);
            return (m.Id, new ModuleTime(m.Number, m.Title, m.Hours, cohort.HourMinutes, own.Count, minutes, planBreaks.GetValueOrDefault(m.Id)));
        }).ToList();
        var open = sessions.OrderBy(s => s.StartsAt)
            .Select(s => new SessionWithOpenSlots(MakeUpOr(s.IsMakeUp, Label(modules.Single(m => m.Id == s.CourseModuleId).Number,
                    modules.Single(m => m.Id == s.CourseModuleId).Title, s.StartsAt, s.EndsAt, zone)),
                s.Slots.Count(p => p.Coverage == SlotCoverage.Open)))
            .Where(s => s.Open > 0)
            .ToList();
        return new Result(times, open);
    }

    public static string Label(int moduleNumber, string moduleTitle, DateTime startsAt, DateTime endsAt, TimeZoneInfo zone) =>
        T["Module {0} '{1}' on {2}", moduleNumber, moduleTitle, LocalTime.Span(LocalTime.ToLocal(startsAt, zone), LocalTime.ToLocal(endsAt, zone))];

    static string MakeUpOr(bool isMakeUp, string label) => isMakeUp ? T["Make-up: {0}", label] : label;
}
