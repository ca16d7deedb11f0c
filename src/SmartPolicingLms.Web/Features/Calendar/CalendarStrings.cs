namespace SmartPolicingLms.Web.Features.Calendar;

// The key of CalendarStrings.resx and its .ru/.ky siblings: the words of the calendar pages, keyed by their English text.
internal sealed class CalendarStrings;
