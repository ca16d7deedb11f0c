using System.Globalization;

namespace SmartPolicingLms.Web.Text;

// Dates and times as a recruit reads them, in their institution's time zone and their own language: "3 March, 09:00",
// «3 марта, 09:00».
internal static class LearningText
{
    static readonly IStringLocalizer T = Localizers.For<TextStrings>();

    public static string When(DateTime utc, TimeZoneInfo zone, DateTime nowUtc)
    {
        var local = LocalTime.ToLocal(utc, zone);
        var format = local.Year == LocalTime.ToLocal(nowUtc, zone).Year ? "d MMMM, HH:mm" : "d MMMM yyyy, HH:mm";
        return local.ToString(format, CultureInfo.CurrentCulture);
    }

    public static string On(DateTime utc, TimeZoneInfo zone) =>
        LocalTime.ToLocal(utc, zone).ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);

    public static string Session(DateTime startUtc, DateTime endUtc, TimeZoneInfo zone) =>
        LocalTime.Span(LocalTime.ToLocal(startUtc, zone), LocalTime.ToLocal(endUtc, zone));

    public static string Percent(decimal score) => score.ToString("0.#", CultureInfo.CurrentCulture) + "%";

    public static string Module(int number, string title) => T["module {0} '{1}'", number, title];
}
