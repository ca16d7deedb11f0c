namespace SmartPolicingLms.Web.Links;

internal static class CalendarLinks
{
    public const string CohortFeedPattern = "/calendar/cohort/{token}.ics";
    public const string InstructorFeedPattern = "/calendar/instructor/{token}.ics";

    public static string CohortFeed(string baseUri, string token) => $"{baseUri.TrimEnd('/')}/calendar/cohort/{token}.ics";

    public static string InstructorFeed(string baseUri, string token) => $"{baseUri.TrimEnd('/')}/calendar/instructor/{token}.ics";

    // The same address with the webcal scheme, which asks the computer's calendar app to subscribe.
    public static string Webcal(string feedUrl) =>
        feedUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "webcal://" + feedUrl["https://".Length..]
        : feedUrl.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? "webcal://" + feedUrl["http://".Length..]
        : feedUrl;
}
