using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Calendar;

// The cohort's feed link, for the cohort's own instructors only (its leads and those teaching its sessions):
// anyone holding the link reads the whole schedule.
internal static class CohortCalendar
{
    internal sealed record Link(int CohortId, string CohortName, string Token);

    static IQueryable<Cohort> ForInstructor(AppDbContext db, int cohortId, string userId) =>
        TaughtCohorts.By(db, userId).Where(c => c.Id == cohortId);

    internal sealed class Query(CurrentPerson person, AppDbContext db)
    {
        public Task<Link?> HandleAsync(int cohortId, CancellationToken ct) =>
            ForInstructor(db, cohortId, person.UserId).AsNoTracking()
                .Select(c => new Link(c.Id, c.Name, c.CalendarToken))
                .SingleOrDefaultAsync(ct);
    }

    // Revoking is replacing: the cohort always has a link, and the old one stops working at once.
    internal sealed class ReplaceHandler(CurrentPerson person, AppDbContext db, AuditLog audit, TimeProvider clock)
    {
        public async Task<bool> HandleAsync(int cohortId, CancellationToken ct)
        {
            var cohort = await ForInstructor(db, cohortId, person.UserId).SingleOrDefaultAsync(ct);
            if (cohort is null)
                return false;
            cohort.ReplaceCalendarToken(CalendarToken.New(), clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Cohort, AuditAction.CalendarLinkReplaced, null, null);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed the cohort in between; the instructor simply tries again.
                return false;
            }
            return true;
        }
    }
}
