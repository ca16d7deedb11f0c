using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Calendar;

// An instructor's own feed of everything they teach. It exists only once they ask for it, and they can replace
// the link (revoking the old one) or turn it off.
internal sealed class InstructorCalendarLink(AppDbContext db, TimeProvider clock)
{
    public Task<string?> TokenAsync(string userId, CancellationToken ct) =>
        db.InstructorCalendars.AsNoTracking().Where(c => c.UserId == userId).Select(c => c.Token).SingleOrDefaultAsync(ct);

    // Creates the link, or replaces it when there is one.
    public async Task<string> NewAsync(string userId, CancellationToken ct)
    {
        var calendar = await db.InstructorCalendars.SingleOrDefaultAsync(c => c.UserId == userId, ct);
        var token = CalendarToken.New();
        var now = clock.GetUtcNow().UtcDateTime;
        if (calendar is null)
            db.InstructorCalendars.Add(new InstructorCalendar { UserId = userId, Token = token, CreatedAt = now });
        else
            (calendar.Token, calendar.CreatedAt) = (token, now);
        await db.SaveChangesAsync(ct);
        return token;
    }

    // After a reset sign-in: a link that may have leaked with the account stops working, and the instructor finds the
    // new one on their calendar page. Nothing happens when the feed is off.
    public Task ReplaceIfOnAsync(string userId, CancellationToken ct)
    {
        var token = CalendarToken.New();
        var now = clock.GetUtcNow().UtcDateTime;
        return db.InstructorCalendars.Where(c => c.UserId == userId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Token, token).SetProperty(c => c.CreatedAt, now), ct);
    }

    public Task TurnOffAsync(string userId, CancellationToken ct) =>
        db.InstructorCalendars.Where(c => c.UserId == userId).ExecuteDeleteAsync(ct);

    // The cohorts whose own calendar links the instructor may hand out: those they lead or teach a session of.
    public async Task<List<(int Id, string Name)>> CohortsAsync(string userId, CancellationToken ct) =>
        [.. (await TaughtCohorts.By(db, userId).AsNoTracking()
                .OrderByDescending(c => c.StartDate)
                .Select(c => new { c.Id, c.Name })
                .ToListAsync(ct))
            .Select(c => (c.Id, c.Name))];
}
