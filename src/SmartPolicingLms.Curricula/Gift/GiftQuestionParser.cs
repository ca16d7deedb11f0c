using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>The parts of one GIFT question, before its answers are interpreted.</summary>
/// <param name="Start">Where the question starts: its title or its first text.</param>
/// <param name="Title">The text between <c>::</c>, or null.</param>
/// <param name="Prompt">The question text, with its <c>[format]</c> prefix if any.</param>
/// <param name="Answers">Inside the braces, without the general feedback.</param>
/// <param name="GeneralFeedback">After <c>####</c>, or null.</param>
/// <param name="AnswerBlock">Where the <c>{</c> is.</param>
/// <param name="Trailing">Text after the <c>}</c>, spaces kept, which only missing-word questions have.</param>
internal sealed record GiftQuestionSyntax(
    GiftPosition Start,
    string? Title,
    GiftSpan Prompt,
    GiftSpan Answers,
    GiftSpan? GeneralFeedback,
    GiftPosition AnswerBlock,
    GiftSpan Trailing);

/// <summary>Finds the title and the answer block of a question, as Moodle's importer does.</summary>
internal static class GiftQuestionParser
{
    /// <returns>The parts, or null when the question was reported and must be skipped.</returns>
    public static GiftQuestionSyntax? Parse(GiftSpan question, GiftDiagnostics report)
    {
        var text = question.Trim();
        var start = text.Position;
        string? title = null;
        if (text.StartsWith("::"))
        {
            var end = text.IndexOf("::", 2);
            if (end < 0)
            {
                report.Error(DiagnosticCodes.GiftSyntax, start,
                    "the title that starts here is not closed with '::'; write a colon inside a title or text as '\\:'");
                return null;
            }
            title = text.Slice(2, end - 2).Text.Trim();
            text = text.Slice(end + 2).Trim();
        }
        return AnswerBlock(text, start, title, report);
    }

    static GiftQuestionSyntax? AnswerBlock(GiftSpan text, GiftPosition start, string? title, GiftDiagnostics report)
    {
        var open = text.IndexOf('{');
        var close = text.IndexOf('}');
        if (open < 0 && close < 0)
        {
            report.Warning(DiagnosticCodes.GiftUnsupported, start,
                "a description (text with no answer block {...}) is not a question; it was skipped");
            return null;
        }
        if (close < 0)
            return SyntaxError(text.PositionAt(open),
                "the answer block opened here is not closed with '}'; a blank line inside it ends the question", report);
        if (open < 0 || close < open) return StrayClose(text.PositionAt(close), report);
        var nested = text.IndexOf('{', open + 1);
        if (nested >= 0 && nested < close)
            return SyntaxError(text.PositionAt(nested), "a '{' inside an answer block; write a '{' in text as '\\{'", report);

        var trailing = text.Slice(close + 1);
        var strayClose = trailing.IndexOf('}');
        var nextOpen = trailing.IndexOf('{');
        if (strayClose >= 0 && (nextOpen < 0 || strayClose < nextOpen)) return StrayClose(trailing.PositionAt(strayClose), report);

        var answers = text.Slice(open + 1, close - open - 1).Trim();
        GiftSpan? general = null;
        var separator = answers.LastIndexOf("####");
        if (separator >= 0)
        {
            general = answers.Slice(separator + 4);
            answers = answers.Slice(0, separator).Trim();
        }
        return new GiftQuestionSyntax(start, title, text.Slice(0, open), answers, general,
            text.PositionAt(open), trailing);
    }

    static GiftQuestionSyntax? StrayClose(GiftPosition at, GiftDiagnostics report) =>
        SyntaxError(at, "this '}' closes no answer block; write a '}' in text as '\\}'", report);

    static GiftQuestionSyntax? SyntaxError(GiftPosition at, string message, GiftDiagnostics report)
    {
        report.Error(DiagnosticCodes.GiftSyntax, at, message);
        return null;
    }
}
