using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Reporting;

// The one rule of the program officer's desk: reports and exports cover the institutions a program officer follows,
// and every institution for an administrator; nobody else reports. A cohort outside that is never counted, named or
// exported, whatever the address asks for: a scope naming one is refused as if the cohort did not exist.
internal sealed class ReportableCohorts(AppDbContext db, CurrentPerson person)
{
    static readonly IStringLocalizer T = Localizers.For<ReportingStrings>();

    // Properties, not fields: each refusal is worded in the language of the request it answers.
    public static string NotFoundMessage => T["There is no such cohort, institution or course among those you report on."];
    public static Refusal NotFound => Refusal.NotFound(NotFoundMessage);

    public bool MayReport => person.IsAdministrator || person.IsProgramOfficer;

    public IQueryable<Institution> Institutions()
    {
        if (person.IsAdministrator)
            return db.Institutions;
        var followed = person.IsProgramOfficer ? person.FollowedInstitutionIds.ToList() : [];
        return db.Institutions.Where(i => followed.Contains(i.Id));
    }

    public IQueryable<Cohort> All()
    {
        if (person.IsAdministrator)
            return db.Cohorts;
        var followed = person.IsProgramOfficer ? person.FollowedInstitutionIds.ToList() : [];
        return db.Cohorts.Where(c => followed.Contains(c.InstitutionId));
    }

    // The cohorts the scope covers, or NotFound when it names an institution, course or cohort the person does not
    // report on (so the answer never tells whether it exists elsewhere). Cancelled cohorts trained nobody and are left out.
    public async Task<(IQueryable<Cohort>? Cohorts, Refusal? Refusal)> InAsync(ReportScope scope, CancellationToken ct)
    {
        if (!MayReport)
            return (null, NotFound);
        var cohorts = All().Where(c => c.State != CohortState.Cancelled);
        if (scope.InstitutionId is { } institutionId)
        {
            if (!await Institutions().AnyAsync(i => i.Id == institutionId, ct))
                return (null, NotFound);
            cohorts = cohorts.Where(c => c.InstitutionId == institutionId);
        }
        if (scope.CourseId is { } courseId)
        {
            if (!await db.Courses.AnyAsync(c => c.Id == courseId, ct))
                return (null, NotFound);
            cohorts = cohorts.Where(c => db.CourseVersions.Any(v => v.Id == c.CourseVersionId && v.CourseId == courseId));
        }
        if (scope.CohortIds.Count > 0)
        {
            var ids = scope.CohortIds.ToList();
            if (await All().CountAsync(c => ids.Contains(c.Id), ct) != ids.Count)
                return (null, NotFound);
            cohorts = cohorts.Where(c => ids.Contains(c.Id));
        }
        if (scope.From is { } from)
            cohorts = cohorts.Where(c => c.EndDate >= from);
        if (scope.To is { } to)
            cohorts = cohorts.Where(c => c.EndDate <= to);
        return (cohorts, null);
    }
}
