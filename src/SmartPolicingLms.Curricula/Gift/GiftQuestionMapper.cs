using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// Decides what kind of question an answer block is, in Moodle's order, and builds the model.
/// The id and objective are left for the reader, which knows the file and the categories.
/// </summary>
internal sealed class GiftQuestionMapper(string filePath, GiftTextRenderer renderer, GiftDiagnostics report, string? language = null)
{
    static readonly string[] TrueFalseWords = ["T", "TRUE", "F", "FALSE"];

    /// <summary>Stands for the answer block of a missing-word question until the prompt is rendered.</summary>
    const char Blank = '\uE000';
    const string BlankHtml = "<span class=\"answer-blank\">_____<span class=\"visually-hidden\"> (blank)</span></span>";

    readonly GiftOptions options = new(renderer, report, language);

    public Question? Map(GiftQuestionSyntax syntax)
    {
        if (syntax.Answers.IsEmpty)
        {
            report.Error(DiagnosticCodes.GiftUnsupported, syntax.AnswerBlock,
                "essay questions (an empty answer block {}) are not supported; these tests are scored automatically, so give the question answers");
            return null;
        }
        var secondBlock = syntax.Trailing.IndexOf('{');
        if (secondBlock >= 0)
        {
            report.Error(DiagnosticCodes.GiftSyntax, syntax.Trailing.PositionAt(secondBlock),
                "a question has one answer block; this '{' opens a second one. Write a '{' in text as '\\{'");
            return null;
        }
        var (format, prompt) = GiftTextFormats.Split(PromptWithBlank(syntax), GiftTextFormat.Moodle);
        var rendered = prompt.IsEmpty ? new RenderedText("", "") : renderer.Block(prompt, format);
        var onlyTheBlank = rendered.Text.Trim() == Blank.ToString() && !rendered.Html.Contains("<img", StringComparison.Ordinal);
        if (rendered.Html.Trim().Length == 0 || onlyTheBlank)
        {
            report.Error(DiagnosticCodes.QuestionShape, syntax.Start, "the question has no text besides its answer block");
            return null;
        }
        var set = Options(syntax.Answers, format, syntax.AnswerBlock);
        if (set is null) return null;
        var promptHtml = rendered.Html.Replace(Blank.ToString(), BlankHtml, StringComparison.Ordinal);
        return new Question("", null, set.Kind, promptHtml, set.Options,
            Shuffle: set.Kind is not (QuestionKind.TrueFalse or QuestionKind.Numerical),
            options.Feedback(syntax.GeneralFeedback, format), AttitudeDirection.Agree, filePath, syntax.Start.Line);
    }

    /// <summary>As in Moodle, text after the answer block makes it a missing word, shown as a blank in the sentence.</summary>
    static GiftSpan PromptWithBlank(GiftQuestionSyntax syntax)
    {
        if (syntax.Trailing.Trim().IsEmpty) return syntax.Prompt;
        var at = syntax.AnswerBlock;
        return GiftSpan.Join(syntax.Prompt, new GiftChar(Blank, true, at.Line, at.Column), syntax.Trailing);
    }

    GiftOptionSet? Options(GiftSpan block, GiftTextFormat format, GiftPosition at)
    {
        if (block[0].Is('#')) return new GiftNumbers(options, report).Read(block.Slice(1), format, at);
        if (block.IndexOf('~') >= 0) return new GiftChoices(renderer, options, report).Read(block, format, at);
        if (block.IndexOf('=') >= 0 && block.IndexOf("->") >= 0) return new GiftMatching(renderer, report).Read(block, format, at);
        var hash = block.IndexOf('#');
        var head = (hash > 0 ? block.Slice(0, hash) : block).Text.Trim();
        if (!TrueFalseWords.Contains(head, StringComparer.OrdinalIgnoreCase))
            // The course language's own words (Верно, Туура эмес) are true/false too; anything else is a typed answer.
            return Parsing.TrueFalseWords.Read(head, language) is not null
                ? options.TrueFalse(block, format)
                : options.ShortAnswer(block, format, at);
        if (!TrueFalseWords.Contains(head, StringComparer.Ordinal))
            report.Warning(DiagnosticCodes.GiftKeyChanged, at,
                $"Moodle reads only upper-case T, TRUE, F and FALSE as true/false, so it would import {{{head}}} as a short answer " +
                $"accepting '{head}'; this LMS reads it as true/false. Write {{{head.ToUpperInvariant()}}}");
        return options.TrueFalse(block, format);
    }
}
