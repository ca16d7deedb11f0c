using System.Globalization;

namespace SmartPolicingLms.Web.Text;

// Dates and times as a recruit reads them, in their institution's time zone: "3 March, 09:00".
internal static class LearningText
{
    public static string When(DateTime utc, TimeZoneInfo zone, DateTime nowUtc)
    {
        var local = LocalTime.ToLocal(utc, zone);
        var format = local.Year == LocalTime.ToLocal(nowUtc, zone).Year ? "d MMMM, HH:mm" : "d MMMM yyyy, HH:mm";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    public static string On(DateTime utc, TimeZoneInfo zone) =>
        LocalTime.ToLocal(utc, zone).ToString("d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    public static string Session(DateTime startUtc, DateTime endUtc, TimeZoneInfo zone) =>
        LocalTime.Span(LocalTime.ToLocal(startUtc, zone), LocalTime.ToLocal(endUtc, zone));

    public static string Percent(decimal score) => score.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Module(int number, string title) => $"module {number} '{title}'";
}
