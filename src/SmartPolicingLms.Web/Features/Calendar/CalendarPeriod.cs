using System.Globalization;

namespace SmartPolicingLms.Web.Features.Calendar;

// The week or month a calendar page shows, from its address (?view=week&date=2026-12-07): days in the institution's
// time zone, weeks from Monday. A missing or unreadable date means today there.
internal sealed record CalendarPeriod(bool IsMonth, DateOnly Anchor)
{
    public const string Week = "week";
    public const string Month = "month";

    public static CalendarPeriod Of(string? view, string? date, DateOnly today) => new(
        string.Equals(view, Month, StringComparison.OrdinalIgnoreCase),
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : today);

    // The first day shown and the day after the last.
    public DateOnly First => IsMonth ? new DateOnly(Anchor.Year, Anchor.Month, 1) : Monday(Anchor);
    public DateOnly End => IsMonth ? First.AddMonths(1) : First.AddDays(7);

    public CalendarPeriod Previous => this with { Anchor = IsMonth ? First.AddMonths(-1) : First.AddDays(-7) };
    public CalendarPeriod Next => this with { Anchor = End };
    public CalendarPeriod As(bool month) => new(month, Anchor);

    public IEnumerable<DateOnly> Days()
    {
        for (var day = First; day < End; day = day.AddDays(1))
            yield return day;
    }

    public string Link => $"calendar/mine?view={(IsMonth ? Month : Week)}&date={Anchor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    // The UTC instant a local day starts at; an hour later where midnight is skipped by a clock change.
    public static DateTime StartUtc(DateOnly day, TimeZoneInfo zone) =>
        LocalTime.ToUtc(day, TimeOnly.MinValue, zone) ?? LocalTime.ToUtc(day, new TimeOnly(1, 0), zone)!.Value;

    static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
