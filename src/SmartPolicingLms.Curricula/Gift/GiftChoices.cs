using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// Turns <c>{=right ~wrong}</c> into single choice and <c>{~%50%A ~%50%B ~%-100%C}</c> into
/// multiple choice, with weights as shares of the question's point.
/// </summary>
internal sealed class GiftChoices(GiftTextRenderer renderer, GiftOptions options, GiftDiagnostics report)
{
    const decimal WeightTolerance = 0.5m;

    public GiftOptionSet? Read(GiftSpan block, GiftTextFormat format, GiftPosition at)
    {
        var answers = GiftAnswers.Split(block, "~=", report);
        if (answers is null) return null;
        if (answers.Count < 2)
            return Refuse(DiagnosticCodes.QuestionShape, at, "a choice question needs at least two answers");
        var rightMarks = answers.Count(a => a.Marker == '=');
        if (rightMarks > 1)
            return Refuse(DiagnosticCodes.GiftSyntax, at,
                "more than one '=' among '~' answers is ambiguous; write one '=' for a single right answer, or weights such as ~%50% for several");
        if (rightMarks == 0 && !answers.Any(a => a.Weight > 0))
            return Refuse(DiagnosticCodes.NoRightAnswer, at,
                "no answer is marked right; mark the right one with '=', or give the right ones weights such as ~%50%");

        var chosen = new List<QuestionOption>();
        foreach (var answer in answers)
        {
            var (textFormat, text) = GiftTextFormats.Split(answer.Text, format);
            if (text.IsEmpty) return Refuse(DiagnosticCodes.QuestionShape, answer.Position, "this answer is empty");
            var rendered = renderer.Inline(text, textFormat);
            if (rendered.Html.Length == 0)
                return Refuse(DiagnosticCodes.QuestionShape, answer.Position, "this answer has no text once its HTML is reduced (images are dropped)");
            var feedback = options.Feedback(answer.Feedback, format);
            chosen.Add(new QuestionOption(rendered.Html, rendered.Text, WeightOf(answer), feedback));
        }
        WarnOfTwins(chosen, at);
        if (rightMarks == 1) return new GiftOptionSet(QuestionKind.SingleChoice, chosen);
        CheckWeightsAddUp(answers, at);
        return new GiftOptionSet(QuestionKind.MultipleChoice, chosen);
    }

    decimal WeightOf(GiftAnswer answer)
    {
        if (answer.Marker != '=') return (answer.Weight ?? 0) / 100;
        if (answer.Weight is { } written && written != 100)
            report.Warning(DiagnosticCodes.GiftWeight, answer.Position,
                $"an '=' answer always earns full credit, so its weight {written}% was ignored; write ~%{written}% for partial credit");
        return 1;
    }

    /// <summary>Choosing every right answer should earn exactly the point; Moodle's exports round to 1/3 as 33.33333.</summary>
    void CheckWeightsAddUp(List<GiftAnswer> answers, GiftPosition at)
    {
        var total = answers.Where(a => a.Weight > 0).Sum(a => a.Weight ?? 0);
        if (Math.Abs(total - 100) > WeightTolerance)
            report.Warning(DiagnosticCodes.GiftWeight, at,
                $"the positive weights add up to {total}%, not 100%, so choosing every right answer earns {Math.Min(total, 100)}% of the point");
    }

    /// <summary>Two options that read the same but score differently leave the key to chance.</summary>
    void WarnOfTwins(List<QuestionOption> chosen, GiftPosition at)
    {
        foreach (var twin in chosen.GroupBy(o => o.Text.Trim(), StringComparer.OrdinalIgnoreCase)
                     .Where(g => g.Select(o => o.Weight).Distinct().Count() > 1))
            report.Warning(DiagnosticCodes.GiftKeyChanged, at,
                $"two answers read '{Shorten(twin.Key)}' but earn different credit, so a recruit cannot tell which is right; " +
                "make them differ (an escaped character or dropped HTML may have made them the same)");
    }

    static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    GiftOptionSet? Refuse(string code, GiftPosition at, string message)
    {
        report.Error(code, at, message);
        return null;
    }
}
