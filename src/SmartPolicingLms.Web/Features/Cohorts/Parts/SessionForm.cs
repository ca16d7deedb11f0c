using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Cohorts;

// What the new-session and change-session pages show around their form.
internal sealed class SessionForm(AppDbContext db, CohortAccess access, InstitutionInstructors instructors, PlanBreaks breaks)
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    internal sealed record Model(CohortRight Right, int CohortId, string CohortName, int Version, CohortState State,
        string TimeZoneId, DateOnly StartDate, DateOnly EndDate, int ModuleId, int ModuleNumber, string ModuleTitle,
        string ModuleNeeds, IReadOnlyList<string> Slots, IReadOnlyList<InstitutionInstructors.Option> Instructors, Current? Session);

    internal sealed record Current(DateOnly Date, TimeOnly StartTime, TimeOnly EndTime, string Location, string[] InstructorIds);

    public Task<Model?> ForNewAsync(int cohortId, int moduleId, CancellationToken ct) =>
        BuildAsync(cohortId, moduleId, null, ct);

    public async Task<Model?> ForSessionAsync(int cohortId, int sessionId, CancellationToken ct)
    {
        var session = await db.CohortSessions.AsNoTracking().Include(s => s.Instructors)
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.CohortId == cohortId, ct);
        return session is null ? null : await BuildAsync(cohortId, session.CourseModuleId, session, ct);
    }

    async Task<Model?> BuildAsync(int cohortId, int moduleId, CohortSession? session, CancellationToken ct)
    {
        var right = await access.RightAsync(cohortId, ct);
        if (right == CohortRight.None)
            return null;
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId, ct);
        var module = await db.CourseModules.AsNoTracking().Include(m => m.Slots)
            .SingleOrDefaultAsync(m => m.Id == moduleId && m.CourseVersionId == cohort.CourseVersionId, ct);
        if (module is null || !module.Delivery.IsContact())
            return null;
        var hourMinutes = await db.CourseVersions.Where(v => v.Id == cohort.CourseVersionId).Select(v => v.HourMinutes).SingleAsync(ct);
        var zoneId = await db.Institutions.Where(i => i.Id == cohort.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct);
        var required = CohortRules.RequiredMinutes(module.Hours, hourMinutes);
        var breakMinutes = (await breaks.OfVersionAsync(cohort.CourseVersionId, ct)).GetValueOrDefault(module.Id);
        var needs = breakMinutes > 0
            ? T["{0} × {1} = {2} minutes of teaching in all its sessions, and its plan adds {3} minutes of breaks", CohortRules.Hours(module.Hours),
                hourMinutes, required, breakMinutes]
            : T["{0} × {1} = {2} minutes in all its sessions", CohortRules.Hours(module.Hours), hourMinutes, required];
        return new Model(right, cohort.Id, cohort.Name, cohort.Version, cohort.State, zoneId, cohort.StartDate, cohort.EndDate,
            module.Id, module.Number, module.Title, needs,
            [.. module.Slots.OrderBy(s => s.Position).Select(s => $"{CatalogueText.Of(s.Role)}: {CatalogueText.Of(s.Community)}")],
            await instructors.ListAsync(cohort.InstitutionId, ct), session is null ? null : CurrentOf(session, LocalTime.Zone(zoneId)));
    }

    static Current CurrentOf(CohortSession session, TimeZoneInfo zone)
    {
        var (start, end) = (LocalTime.ToLocal(session.StartsAt, zone), LocalTime.ToLocal(session.EndsAt, zone));
        return new Current(DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end), session.Location,
            [.. session.Instructors.Select(i => i.UserId)]);
    }
}
