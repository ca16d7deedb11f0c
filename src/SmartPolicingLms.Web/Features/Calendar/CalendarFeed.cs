using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace SmartPolicingLms.Web.Features.Calendar;

// Writes sessions as an RFC 5545 calendar. Times go out in UTC, which every calendar app places correctly in
// its own zone; X-WR-TIMEZONE names the institution's zone for apps that show a feed in it. The input carries
// organisations only: a feed never holds a co-trainer's identity, not even a name they agreed to show.
// Calendar apps fetch feeds without a useful Accept-Language, so the words people read in events are written in the
// feed owner's language (see InLanguage); times stay UTC and the data values stay as RFC 5545 writes them.
internal static class CalendarFeed
{
    static readonly IStringLocalizer T = Localizers.For<CalendarStrings>();

    internal sealed record Session(
        int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string CourseTitle, string ModuleTitle, string Location,
        string CohortName, string InstitutionName, CohortState CohortState, int CohortVersion,
        IReadOnlyList<string> DeliveringOrganisations, int OpenSlots, int WaivedSlots, bool IsMakeUp = false);

    // Writes a feed's words in the language of its owner (en, ru or ky; anything else is English), whatever the
    // request's own language was, and puts the request's language back afterwards.
    public static string InLanguage(string? language, Func<string> write)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var feed = CultureInfo.GetCultureInfo(Languages.Supported(language) ?? Languages.English);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (feed, feed);
            return write();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    // The name an instructor's own feed shows in their calendar app.
    public static string TeachingCalendarName(string displayName) => T["Teaching: {0}", displayName];

    public static string Write(string calendarName, string? timeZoneId, IEnumerable<Session> sessions, DateTime nowUtc)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//SmartPolicingLms//Calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        if (timeZoneId is not null)
            calendar.AddProperty("X-WR-TIMEZONE", timeZoneId);
        foreach (var session in sessions.OrderBy(s => s.StartsAtUtc))
            calendar.Events.Add(Event(session, nowUtc));
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    static CalendarEvent Event(Session session, DateTime nowUtc) => new()
    {
        Uid = $"cohort-session-{session.Id}@smartpolicinglms",
        Summary = $"{session.CourseTitle}: {(session.IsMakeUp ? T["Make-up: {0}", session.ModuleTitle] : session.ModuleTitle)}",
        Location = session.Location,
        Description = Description(session),
        Start = Utc(session.StartsAtUtc),
        End = Utc(session.EndsAtUtc),
        DtStamp = Utc(nowUtc),
        // A cohort's version grows with every change to it, so calendar apps take the newer copy of an event.
        Sequence = session.CohortVersion,
        Status = session.CohortState switch
        {
            CohortState.Draft => "TENTATIVE",
            CohortState.Cancelled => "CANCELLED",
            _ => "CONFIRMED",
        },
    };

    static string Description(Session session)
    {
        var lines = new List<string> { T["Cohort: {0} ({1})", session.CohortName, session.InstitutionName] };
        if (session.CohortState == CohortState.Draft)
            lines.Add(T["The cohort is still a draft: times may change."]);
        if (session.DeliveringOrganisations.Count > 0)
            lines.Add(T["Co-taught with: {0}", string.Join(", ", session.DeliveringOrganisations)]);
        if (session.OpenSlots > 0)
            lines.Add(T["Co-trainer seats still open: {0}", session.OpenSlots]);
        if (session.WaivedSlots > 0)
            lines.Add(T["Co-trainer seats waived: {0}", session.WaivedSlots]);
        return string.Join('\n', lines);
    }

    static CalDateTime Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc), CalDateTime.UtcTzId);
}
