using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Calendar;

// The sessions "My calendar" shows for one week or month: an instructor's are those of their own feed (FeedSessions),
// a recruit's those of their cohorts; each placed on its day in the institution's time zone.
internal sealed class MySessions(AppDbContext db, FeedSessions feed, CurrentPerson person, TimeProvider clock)
{
    internal sealed record Entry(CalendarFeed.Session Session, DateTime LocalStart, DateTime LocalEnd);

    internal sealed record Model(CalendarPeriod Period, TimeZoneInfo Zone, DateOnly Today, ILookup<DateOnly, Entry> ByDay);

    public async Task<Model> HandleAsync(string? view, string? date, CancellationToken ct)
    {
        var zoneId = await db.Institutions.Where(i => i.Id == person.InstitutionId).Select(i => i.TimeZoneId).SingleOrDefaultAsync(ct);
        var zone = zoneId is null ? TimeZoneInfo.Utc : LocalTime.Zone(zoneId);
        var today = DateOnly.FromDateTime(LocalTime.ToLocal(clock.GetUtcNow().UtcDateTime, zone));
        var period = CalendarPeriod.Of(view, date, today);
        var (from, to) = (CalendarPeriod.StartUtc(period.First, zone), CalendarPeriod.StartUtc(period.End, zone));
        var mine = person.IsInstructor ? feed.TaughtBy(person.UserId) : feed.OfRecruit(person.UserId);
        var sessions = await feed.HandleAsync(mine.Where(s => s.StartsAt >= from && s.StartsAt < to), ct);
        var entries = sessions
            .Select(s => new Entry(s, LocalTime.ToLocal(s.StartsAtUtc, zone), LocalTime.ToLocal(s.EndsAtUtc, zone)))
            .OrderBy(e => e.LocalStart)
            .ToLookup(e => DateOnly.FromDateTime(e.LocalStart));
        return new Model(period, zone, today, entries);
    }
}
