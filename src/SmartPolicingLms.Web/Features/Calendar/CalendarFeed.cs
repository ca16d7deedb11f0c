using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace SmartPolicingLms.Web.Features.Calendar;

// Writes sessions as an RFC 5545 calendar. Times go out in UTC, which every calendar app places correctly in
// its own zone; X-WR-TIMEZONE names the institution's zone for apps that show a feed in it. The input carries
// organisations only: a feed never holds a co-trainer's identity, not even a name they agreed to show.
internal static class CalendarFeed
{
    internal sealed record Session(
        int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string CourseTitle, string ModuleTitle, string Location,
        string CohortName, string InstitutionName, CohortState CohortState, int CohortVersion,
        IReadOnlyList<string> DeliveringOrganisations, int OpenSlots, int WaivedSlots);

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
        Summary = $"{session.CourseTitle}: {session.ModuleTitle}",
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
        var lines = new List<string> { $"Cohort: {session.CohortName} ({session.InstitutionName})" };
        if (session.CohortState == CohortState.Draft)
            lines.Add("The cohort is still a draft: times may change.");
        if (session.DeliveringOrganisations.Count > 0)
            lines.Add("Co-taught with: " + string.Join(", ", session.DeliveringOrganisations));
        if (session.OpenSlots > 0)
            lines.Add($"Co-trainer seats still open: {session.OpenSlots}");
        if (session.WaivedSlots > 0)
            lines.Add($"Co-trainer seats waived: {session.WaivedSlots}");
        return string.Join('\n', lines);
    }

    static CalDateTime Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc), CalDateTime.UtcTzId);
}
