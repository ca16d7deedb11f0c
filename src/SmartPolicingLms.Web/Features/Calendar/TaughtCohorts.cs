
namespace SmartPolicingLms.Web.Features.Calendar;

internal static class TaughtCohorts
{
    // The same rule as the cohort pages: the cohorts an instructor, still at the cohort's institution, leads or
    // teaches a session of. Only they see a cohort's calendar link.
    public static IQueryable<Cohort> By(AppDbContext db, string userId) =>
        db.Cohorts.Where(c => db.Users.Any(u => u.Id == userId && u.InstitutionId == c.InstitutionId)
            && (db.CohortInstructors.Any(i => i.CohortId == c.Id && i.UserId == userId)
                || db.SessionInstructors.Any(i => i.UserId == userId
                    && db.CohortSessions.Any(s => s.Id == i.SessionId && s.CohortId == c.Id))));
}
