using System.Globalization;

namespace SmartPolicingLms.Web.Hosting;

// Sessions are entered and shown in the institution's time zone and stored in UTC.
internal static class LocalTime
{
    static readonly IStringLocalizer T = Localizers.For<HostingStrings>();

    public static TimeZoneInfo Zone(string ianaId) => TimeZoneInfo.FindSystemTimeZoneById(ianaId);

    // Null for a wall-clock time that does not exist there (the hour skipped when clocks go forward).
    public static DateTime? ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    public static DateTime ToLocal(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    // In the reader's language ("Mon 7 Dec 2026", "пн 7 дек. 2026"); files and URLs format dates themselves, invariantly.
    public static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.CurrentCulture);

    public static string At(DateTime local) => $"{Day(DateOnly.FromDateTime(local))} {local:HH:mm}";

    public static string Span(DateTime localStart, DateTime localEnd) =>
        $"{Day(DateOnly.FromDateTime(localStart))} {localStart:HH:mm}–{localEnd:HH:mm}";

    public static string NotOnClock(DateOnly date, TimeOnly time, string zoneId) =>
        T["{0} on {1} does not exist in {2} (the clocks change then); choose another time.",
            time.ToString("HH:mm", CultureInfo.InvariantCulture), Day(date), zoneId];
}
