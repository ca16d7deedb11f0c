using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Calendar;

// Reads the sessions a feed shows. Slots are read as organisation names and counts only; this query never
// touches the co-trainers table, so no feed can carry a co-trainer's identity.
internal sealed class FeedSessions(AppDbContext db)
{
    // Every session the instructor teaches, and every session of the cohorts they lead: their feed and their calendar page.
    public IQueryable<CohortSession> TaughtBy(string userId) => db.CohortSessions.Where(s =>
        db.SessionInstructors.Any(i => i.SessionId == s.Id && i.UserId == userId)
        || db.CohortInstructors.Any(i => i.CohortId == s.CohortId && i.UserId == userId && i.IsLead));

    // The regular sessions of the cohorts a recruit is enrolled in and not withdrawn from: their calendar page.
    public IQueryable<CohortSession> OfRecruit(string userId)
    {
        var enrolments = db.Enrollments.Active().Where(e => e.RecruitUserId == userId);
        return db.CohortSessions.Where(s => !s.IsMakeUp && enrolments.Any(e => e.CohortId == s.CohortId));
    }

    public async Task<List<CalendarFeed.Session>> HandleAsync(IQueryable<CohortSession> which, CancellationToken ct)
    {
        var sessions = await (
                from s in which
                join c in db.Cohorts on s.CohortId equals c.Id
                join i in db.Institutions on c.InstitutionId equals i.Id
                join v in db.CourseVersions on c.CourseVersionId equals v.Id
                join m in db.CourseModules on s.CourseModuleId equals m.Id
                select new
                {
                    s.Id, s.StartsAt, s.EndsAt, Course = v.Title, Module = m.Title, s.IsMakeUp, s.Location, Cohort = c.Name,
                    Institution = i.Name, c.State, c.Version,
                })
            .AsNoTracking()
            .ToListAsync(ct);
        var ids = sessions.Select(s => s.Id).ToList();
        var slots = await (
                from slot in db.SessionSlots
                where ids.Contains(slot.SessionId)
                join o in db.PartnerOrganisations on slot.PartnerOrganisationId equals (int?)o.Id into filled
                from o in filled.DefaultIfEmpty()
                select new { slot.SessionId, Organisation = o == null ? null : o.Name, Waived = slot.WaiverReason != null })
            .AsNoTracking()
            .ToListAsync(ct);
        var bySession = slots.ToLookup(s => s.SessionId);

        return [.. sessions.Select(s => new CalendarFeed.Session(
            s.Id, s.StartsAt, s.EndsAt, s.Course, s.Module, s.Location, s.Cohort, s.Institution, s.State, s.Version,
            [.. bySession[s.Id].Where(x => x.Organisation is not null).Select(x => x.Organisation!).Distinct().Order()],
            bySession[s.Id].Count(x => x.Organisation is null && !x.Waived),
            bySession[s.Id].Count(x => x.Waived), s.IsMakeUp))];
    }
}
