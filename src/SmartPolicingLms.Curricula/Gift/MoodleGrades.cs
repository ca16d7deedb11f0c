namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// The grades Moodle allows an answer (question_get_grade_options). Its importer accepts a weight only
/// within 0.001% of one of them, so 33.33333 passes and 33.33 does not.
/// </summary>
internal static class MoodleGrades
{
    static readonly decimal[] Percentages =
        [100m, 90m, 83.33333m, 80m, 75m, 70m, 66.66667m, 60m, 50m, 40m, 33.33333m, 30m, 25m, 20m,
         16.66667m, 14.28571m, 12.5m, 11.11111m, 10m, 5m, 0m];

    const decimal Tolerance = 0.001m;

    /// <summary>The weight itself when Moodle accepts it, else the nearest grade Moodle would round it to.</summary>
    public static decimal? Nearest(decimal? weight)
    {
        if (weight is not { } w) return null;
        var size = Math.Abs(w);
        var nearest = Percentages.MinBy(p => Math.Abs(p - size));
        return Math.Abs(nearest - size) < Tolerance ? w : Math.Sign(w) * nearest;
    }
}
