using System.Globalization;

namespace SmartPolicingLms.Web.Features.Reports;

internal enum Grouping
{
    Month,
    Quarter,
}

// How the officers trained are grouped in time: by the month or quarter in which their cohort's last day falls.
internal static class ReportPeriods
{
    public const string Parameter = "per";

    public static Grouping Parse(string? value) => value?.Trim().ToLowerInvariant() == "quarter" ? Grouping.Quarter : Grouping.Month;

    // Sorts as it reads: "2026-03" or "2026 Q1".
    public static string Of(DateOnly day, Grouping per) => per == Grouping.Quarter
        ? $"{day.Year} Q{(day.Month - 1) / 3 + 1}"
        : day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    // A share as the pages show it ("–" when there is nothing to share).
    public static decimal? Share(int part, int whole) => whole == 0 ? null : (decimal)part / whole;
}
