using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Learning;

// The signed-in recruit's own, active place in a cohort: what every cohort page under /learn is opened with. Another
// recruit's cohort, a cohort the recruit was withdrawn from, or one that does not exist all give null, and the page
// answers 404 for each alike. The ids come from the cookie, never from the form.
internal sealed class RecruitEnrolment(AppDbContext db)
{
    internal sealed record Place(int EnrollmentId, int CohortId, string CohortName, int CourseVersionId, string TimeZoneId);

    public async Task<Place?> ActiveAsync(ClaimsPrincipal recruit, int cohortId, CancellationToken ct)
    {
        var userId = recruit.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
            return null;
        return await (from e in db.Enrollments.AsNoTracking()
                      where e.RecruitUserId == userId && e.CohortId == cohortId && e.WithdrawnAt == null
                      join c in db.Cohorts on e.CohortId equals c.Id
                      join i in db.Institutions on c.InstitutionId equals i.Id
                      select new Place(e.Id, c.Id, c.Name, c.CourseVersionId, i.TimeZoneId)).SingleOrDefaultAsync(ct);
    }
}
