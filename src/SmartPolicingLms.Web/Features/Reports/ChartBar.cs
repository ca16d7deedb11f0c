namespace SmartPolicingLms.Web.Features.Reports;

// One row of a BarChart: its label, one value per series, an optional marker (a target) and the words beside the bars.
public sealed record ChartBar(string Label, IReadOnlyList<decimal> Values, decimal? Marker, string Text);
