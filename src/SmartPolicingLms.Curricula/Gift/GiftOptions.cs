using System.Net;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>The options of a question and how it is scored.</summary>
internal sealed record GiftOptionSet(QuestionKind Kind, IReadOnlyList<QuestionOption> Options);

/// <summary>Turns true/false and short-answer blocks into options.</summary>
internal sealed partial class GiftOptions(GiftTextRenderer renderer, GiftDiagnostics report, string? language = null)
{
    static readonly string[] TrueWords = ["T", "TRUE"];

    /// <summary>
    /// <c>{T#if wrong#if right}</c>: the right option carries the second feedback. The course's own true/false words
    /// (<c>{Верно}</c> in a Russian course) count too, and then label the two options.
    /// </summary>
    public GiftOptionSet TrueFalse(GiftSpan block, GiftTextFormat format)
    {
        var firstHash = block.IndexOf('#');
        var secondHash = firstHash < 0 ? -1 : block.IndexOf('#', firstHash + 1);
        var answer = (firstHash < 0 ? block : block.Slice(0, firstHash)).Text.Trim();
        var wrongEnd = secondHash < 0 ? block.Length : secondHash;
        var wrong = firstHash < 0 ? null : Feedback(block.Slice(firstHash + 1, wrongEnd - firstHash - 1), format);
        var right = secondHash < 0 ? null : Feedback(block.Slice(secondHash + 1), format);
        var isTrue = TrueWords.Contains(answer, StringComparer.OrdinalIgnoreCase) || Parsing.TrueFalseWords.Read(answer, language) == true;
        var (trueLabel, falseLabel) = Parsing.TrueFalseWords.Labels(language);
        return new GiftOptionSet(QuestionKind.TrueFalse,
        [
            new QuestionOption(WebUtility.HtmlEncode(trueLabel), trueLabel, isTrue ? 1 : 0, isTrue ? right : wrong),
            new QuestionOption(WebUtility.HtmlEncode(falseLabel), falseLabel, isTrue ? 0 : 1, isTrue ? wrong : right),
        ]);
    }

    /// <summary><c>{=Accra =%50%Kumasi}</c>: the accepted answers, matched as plain text.</summary>
    public GiftOptionSet? ShortAnswer(GiftSpan block, GiftTextFormat format, GiftPosition at)
    {
        var answers = GiftAnswers.Split(block, "=", report);
        if (answers is null) return null;
        var options = new List<QuestionOption>();
        foreach (var answer in answers)
        {
            var text = GiftTextFormats.Split(answer.Text, format).Text.Text.Trim();
            if (text.Length == 0)
            {
                report.Error(DiagnosticCodes.QuestionShape, answer.Position, "this accepted answer is empty");
                return null;
            }
            if (text.Contains('\n') || HtmlTag().IsMatch(text))
                report.Warning(DiagnosticCodes.GiftKeyChanged, answer.Position,
                    "this accepted answer holds a line break or HTML, which a recruit cannot type into one line, so it never matches; " +
                    "write it as plain text on one line");
            var weight = (answer.Weight ?? 100) / 100;
            options.Add(new QuestionOption(WebUtility.HtmlEncode(text), text, weight, Feedback(answer.Feedback, format)));
        }
        if (!options.Any(o => o.IsCorrect))
        {
            report.Error(DiagnosticCodes.NoRightAnswer, at,
                "no accepted answer earns credit; give at least one a positive weight (or none: =answer earns 100%)");
            return null;
        }
        return new GiftOptionSet(QuestionKind.ShortAnswer, options);
    }

    /// <summary>Rendered feedback, or null when there is none.</summary>
    public string? Feedback(GiftSpan? feedback, GiftTextFormat inherited)
    {
        if (feedback is not { } span) return null;
        var (format, text) = GiftTextFormats.Split(span, inherited);
        if (text.IsEmpty) return null;
        var html = renderer.Block(text, format).Html;
        return html.Trim().Length == 0 ? null : html;
    }

    [System.Text.RegularExpressions.GeneratedRegex("<[A-Za-z/!]")]
    private static partial System.Text.RegularExpressions.Regex HtmlTag();
}
