using System.Globalization;

namespace SmartPolicingLms.Web.Features.Cohorts;

// How much time a contact module has been given, against what the curriculum asks of it.
internal sealed record ModuleTime(int Number, string Title, decimal Hours, int HourMinutes, int Sessions, int ScheduledMinutes)
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
    // Rounded up: half an hour of 45 minutes needs 23 minutes, never 22.
    public static int RequiredMinutes(decimal hours, int hourMinutes) => (int)Math.Ceiling(hours * hourMinutes);

    public static string? Shortfall(ModuleTime module)
    {
        if (!module.IsShort)
            return null;
        var need = $"Module {module.Number} '{module.Title}' needs {Hours(module.Hours)} × {module.HourMinutes} = {module.RequiredMinutes} minutes";
        return module.Sessions == 0
            ? $"{need} and has no session yet."
            : $"{need}; its sessions add up to {module.ScheduledMinutes}.";
    }

    public static string? OpenSlotsMessage(IReadOnlyList<SessionWithOpenSlots> sessions)
    {
        var open = sessions.Where(s => s.Open > 0).ToList();
        if (open.Count == 0)
            return null;
        var total = open.Sum(s => s.Open);
        var where = string.Join("; ", open.Select(s => $"{s.Label} ({s.Open} open)"));
        return $"{Plural(total, "co-trainer slot is", "co-trainer slots are")} still open, in {Plural(open.Count, "session", "sessions")}: {where}. "
            + "Fill each with a partner organisation or waive it with a reason.";
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
        CohortState.Published => "The cohort cannot be closed before its last session has ended.",
        CohortState.Completed => "This cohort is closed already.",
        CohortState.Cancelled => "A cancelled cohort cannot be closed.",
        _ => "A draft cohort cannot be closed.",
    };

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    static string Plural(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
