using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Calendar;

// The two subscription feeds. Calendar apps fetch them without cookies, so they are open to anonymous requests
// and the secret token in the address is the only key: an unknown or revoked token is a plain 404. They send no useful
// Accept-Language either, so a feed is written in its owner's language: an instructor's own feed in the instructor's
// (their account's choice, else their institution's default), a cohort's feed in its institution's default; English
// when none is set.
internal static class ServeCalendarFeeds
{
    public static IEndpointRouteBuilder MapCalendarFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CalendarLinks.CohortFeedPattern, CohortAsync).AllowAnonymous();
        endpoints.MapGet(CalendarLinks.InstructorFeedPattern, InstructorAsync).AllowAnonymous();
        return endpoints;
    }

    static async Task<IResult> CohortAsync(string token, AppDbContext db, FeedSessions feed, TimeProvider clock,
        HttpResponse response, CancellationToken ct)
    {
        if (!CalendarToken.LooksValid(token))
            return Results.NotFound();
        var cohort = await db.Cohorts.AsNoTracking()
            .Where(c => c.CalendarToken == token)
            .Join(db.Institutions, c => c.InstitutionId, i => i.Id, (c, i) => new { c.Id, c.Name, i.TimeZoneId, i.DefaultLanguage })
            .SingleOrDefaultAsync(ct);
        if (cohort is null)
            return Results.NotFound();
        var sessions = await feed.HandleAsync(db.CohortSessions.Where(s => s.CohortId == cohort.Id), ct);
        return Ics(response, CalendarFeed.InLanguage(cohort.DefaultLanguage,
            () => CalendarFeed.Write(cohort.Name, cohort.TimeZoneId, sessions, clock.GetUtcNow().UtcDateTime)));
    }

    // Every session the instructor teaches, and every session of the cohorts they lead.
    static async Task<IResult> InstructorAsync(string token, AppDbContext db, FeedSessions feed, TimeProvider clock,
        HttpResponse response, CancellationToken ct)
    {
        if (!CalendarToken.LooksValid(token))
            return Results.NotFound();
        var owner = await db.InstructorCalendars.AsNoTracking()
            .Where(c => c.Token == token)
            .Join(db.Users, c => c.UserId, u => u.Id, (c, u) => new { u.Id, u.DisplayName, u.InstitutionId, u.Language })
            .SingleOrDefaultAsync(ct);
        if (owner is null)
            return Results.NotFound();
        var sessions = await feed.HandleAsync(feed.TaughtBy(owner.Id), ct);
        var institution = await db.Institutions.Where(i => i.Id == owner.InstitutionId)
            .Select(i => new { i.TimeZoneId, i.DefaultLanguage }).SingleOrDefaultAsync(ct);
        var language = Languages.Supported(owner.Language) ?? institution?.DefaultLanguage;
        return Ics(response, CalendarFeed.InLanguage(language, () => CalendarFeed.Write(CalendarFeed.TeachingCalendarName(owner.DisplayName),
            institution?.TimeZoneId, sessions, clock.GetUtcNow().UtcDateTime)));
    }

    static IResult Ics(HttpResponse response, string calendar)
    {
        // Apps poll the feed; nothing in between should keep a copy of what the secret link opened.
        response.Headers.CacheControl = "private, no-store";
        response.Headers["X-Robots-Tag"] = "noindex";
        return Results.Text(calendar, "text/calendar; charset=utf-8");
    }
}
