using System.Globalization;

namespace SmartPolicingLms.Web.Features.Cohorts;

// How much time a contact module has been given, against what the curriculum asks of it. Its hours are teaching; the
// breaks its session plan holds are counted apart, so sessions that hold them (teaching + breaks) read as enough, and
// sessions with their breaks between them (as drafted) are enough too.
internal sealed record ModuleTime(int Number, string Title, decimal Hours, int HourMinutes, int Sessions, int ScheduledMinutes, int BreakMinutes = 0)
{
    public int RequiredMinutes => CohortRules.RequiredMinutes(Hours, HourMinutes);
    public bool IsShort => Sessions == 0 || ScheduledMinutes < RequiredMinutes;
}

// A session that still has open co-trainer slots, already worded for people ("Module 3 'X' on Tue 2 Mar 09:00").
internal sealed record SessionWithOpenSlots(string Label, int Open);

internal sealed record CoverageCounts(int FilledByOrganisation, int Named, int Waived, int Open)
{
    public int Total => FilledByOrganisation + Named + Waived + Open;
}

// The rules a cohort's schedule and slots are held to, apart from the database so they can be tested alone.
internal static class CohortRules
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    // Rounded up: half an hour of 45 minutes needs 23 minutes, never 22.
    public static int RequiredMinutes(decimal hours, int hourMinutes) => (int)Math.Ceiling(hours * hourMinutes);

    public static string? Shortfall(ModuleTime module)
    {
        if (!module.IsShort)
            return null;
        return module.Sessions == 0
            ? T["Module {0} '{1}' needs {2} × {3} = {4} minutes and has no session yet.",
                module.Number, module.Title, Hours(module.Hours), module.HourMinutes, module.RequiredMinutes]
            : T["Module {0} '{1}' needs {2} × {3} = {4} minutes; its sessions add up to {5}.",
                module.Number, module.Title, Hours(module.Hours), module.HourMinutes, module.RequiredMinutes, module.ScheduledMinutes];
    }

    public static string? OpenSlotsMessage(IReadOnlyList<SessionWithOpenSlots> sessions)
    {
        var open = sessions.Where(s => s.Open > 0).ToList();
        if (open.Count == 0)
            return null;
        var total = open.Sum(s => s.Open);
        var where = string.Join("; ", open.Select(s => T["{0} ({1} open)", s.Label, s.Open]));
        return T["{0}, {1}: {2}. Fill each with a partner organisation or waive it with a reason.",
            T.Plural(total, "{0} co-trainer slot is still open|{0} co-trainer slots are still open"),
            T.Plural(open.Count, "in {0} session|in {0} sessions"), where];
    }

    // Everything that stops a draft from being published, in words the instructor can act on.
    public static IReadOnlyList<string> PublishBlockers(IEnumerable<ModuleTime> modules, IReadOnlyList<SessionWithOpenSlots> sessions) =>
        [.. modules.Select(Shortfall).OfType<string>(), .. new[] { OpenSlotsMessage(sessions) }.OfType<string>()];

    public static CoverageCounts Count(IEnumerable<SlotCoverage> slots)
    {
        var list = slots.ToList();
        return new CoverageCounts(
            list.Count(c => c == SlotCoverage.FilledByOrganisation), list.Count(c => c == SlotCoverage.Named),
            list.Count(c => c == SlotCoverage.Waived), list.Count(c => c == SlotCoverage.Open));
    }

    // Null when the cohort may be closed now: under way, or published with its last regular session over (a short
    // course nobody pressed "Start" for).
    public static string? CloseRefusal(CohortState state, DateTime? lastRegularSessionEnd, DateTime now) => state switch
    {
        CohortState.InProgress => null,
        CohortState.Published when lastRegularSessionEnd is { } end && end <= now => null,
        CohortState.Published => T["The cohort cannot be closed before its last session has ended."].Value,
        CohortState.Completed => T["This cohort is closed already."].Value,
        CohortState.Cancelled => T["A cancelled cohort cannot be closed."].Value,
        _ => T["A draft cohort cannot be closed."].Value,
    };

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.CurrentCulture);
}
