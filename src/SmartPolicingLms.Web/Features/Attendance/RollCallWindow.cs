using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Attendance;

// Marks count as hours attended, so a session's roll call opens only a short time before it starts
// (Attendance:OpenMinutesBeforeStart) and never for hours not yet taught. Every way marks are recorded asks here:
// the roll call, an imported sign-in sheet, and the attendance book they both write through.
internal sealed class RollCallWindow(AppDbContext db, LmsSettings settings, TimeProvider clock)
{
    static readonly IStringLocalizer T = Localizers.For<AttendanceStrings>();

    public DateTime OpensAt(DateTime startsAt) => startsAt.AddMinutes(-settings.RollCallOpensMinutesBeforeStart);

    public bool IsOpen(DateTime startsAt) => clock.GetUtcNow().UtcDateTime >= OpensAt(startsAt);

    // When the roll call opens, in the institution's time, or null once it is open.
    public string? OpensLater(DateTime startsAt, TimeZoneInfo zone) =>
        IsOpen(startsAt) ? null : LocalTime.At(LocalTime.ToLocal(OpensAt(startsAt), zone));

    // Null when marks may be saved for the session now; otherwise why not, saying when they may.
    public async Task<string?> RefusalAsync(int sessionId, CancellationToken ct)
    {
        var session = await (
            from s in db.CohortSessions
            join c in db.Cohorts on s.CohortId equals c.Id
            join i in db.Institutions on c.InstitutionId equals i.Id
            where s.Id == sessionId
            select new { s.StartsAt, i.TimeZoneId }).AsNoTracking().SingleAsync(ct);
        var zone = LocalTime.Zone(session.TimeZoneId);
        return OpensLater(session.StartsAt, zone) is { } opens ? NotOpenYet(opens, zone) : null;
    }

    public static string NotOpenYet(string opensAt, TimeZoneInfo zone) =>
        T["The roll call of this session opens at {0} ({1} time). Marks count as hours attended, so nothing can be saved before then.",
            opensAt, zone.Id];

    public static string OpensAtNotice(string opensAt, TimeZoneInfo zone) =>
        T["The roll call opens at {0} ({1} time), shortly before the session starts. Marks count as hours attended, so they can be saved only from then on.",
            opensAt, zone.Id];
}
