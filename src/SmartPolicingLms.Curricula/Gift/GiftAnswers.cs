using System.Globalization;
using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>One answer of an answer block.</summary>
/// <param name="Marker"><c>=</c> or <c>~</c>.</param>
/// <param name="Weight">The <c>%n%</c> percentage, or null when none is written.</param>
/// <param name="Text">The answer, with its <c>[format]</c> prefix if any.</param>
/// <param name="Feedback">After the first <c>#</c>, or null.</param>
/// <param name="Position">Where its marker is.</param>
internal sealed record GiftAnswer(char Marker, decimal? Weight, GiftSpan Text, GiftSpan? Feedback, GiftPosition Position);

/// <summary>Splits an answer block at its markers and reads each answer's weight and feedback.</summary>
internal static class GiftAnswers
{
    /// <summary>
    /// Splits at every unescaped marker ("~=" for choices, "=" for short answers); returns null
    /// when an error was reported.
    /// </summary>
    public static List<GiftAnswer>? Split(GiftSpan block, string markers, GiftDiagnostics report)
    {
        var starts = new List<int>();
        for (var i = 0; i < block.Length; i++)
            if (!block[i].Escaped && markers.Contains(block[i].Value)) starts.Add(i);
        var before = starts.Count == 0 ? block : block.Slice(0, starts[0]);
        if (!before.Trim().IsEmpty)
        {
            report.Error(DiagnosticCodes.GiftSyntax, before.Trim().Position,
                $"this answer has no marker; start every answer with {string.Join(" or ", markers.Select(m => $"'{m}'"))}");
            return null;
        }
        var answers = new List<GiftAnswer>();
        var valid = true;
        for (var n = 0; n < starts.Count; n++)
        {
            var end = n + 1 < starts.Count ? starts[n + 1] : block.Length;
            var answer = Read(block[starts[n]].Value, block.PositionAt(starts[n]),
                block.Slice(starts[n] + 1, end - starts[n] - 1), report);
            if (answer is null) valid = false;
            else answers.Add(answer);
        }
        return valid ? answers : null;
    }

    /// <summary>One answer after its marker: an optional weight, the text and an optional <c>#</c> feedback.</summary>
    public static GiftAnswer? Read(char marker, GiftPosition position, GiftSpan content, GiftDiagnostics report)
    {
        content = content.TrimStart();
        decimal? weight = null;
        if (content.StartsWith("%"))
        {
            var close = content.IndexOf('%', 1);
            weight = close < 0 ? null : Weight(content.Slice(1, close - 1), report);
            if (close < 0)
                report.Error(DiagnosticCodes.GiftWeight, content.Position,
                    "the weight that starts here has no closing '%'; write it as ~%50%answer");
            if (weight is null) return null;
            content = content.Slice(close + 1);
        }
        var hash = content.IndexOf('#');
        return hash < 0
            ? new GiftAnswer(marker, weight, content.Trim(), null, position)
            : new GiftAnswer(marker, weight, content.Slice(0, hash).Trim(), content.Slice(hash + 1).Trim(), position);
    }

    /// <summary>A percentage from -100 to 100, or null after reporting why it is not one.</summary>
    static decimal? Weight(GiftSpan text, GiftDiagnostics report)
    {
        var written = text.Text.Trim();
        if (!decimal.TryParse(written, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var weight))
        {
            report.Error(DiagnosticCodes.GiftWeight, text.Position,
                $"the weight '%{Shorten(written)}%' is not a number; write a percentage such as %50% or %-100%");
            return null;
        }
        if (weight is < -100 or > 100)
        {
            report.Error(DiagnosticCodes.GiftWeight, text.Position,
                $"the weight {written}% is outside -100% to 100%");
            return null;
        }
        if (MoodleGrades.Nearest(weight) is { } nearest && nearest != weight)
            report.Warning(DiagnosticCodes.GiftWeightNotMoodle, text.Position,
                $"the weight {written}% is not one of Moodle's grades, so Moodle would refuse this question (or round it to {nearest}%), " +
                $"while this LMS scores {written}%; use a grade such as {nearest}% so both agree");
        return weight;
    }

    static string Shorten(string text) => text.Length <= 20 ? text : text[..17] + "...";
}
