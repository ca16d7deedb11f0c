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
    const string MissingWord =
        "missing-word questions (an answer block inside the sentence) are not supported; put the answer block at the end of the question";

    readonly GiftOptions options = new(renderer, report, language);

    public Question? Map(GiftQuestionSyntax syntax)
    {
        var unsupported = UnsupportedKind(syntax.Answers) ?? (syntax.Trailing.IsEmpty ? null : MissingWord);
        if (unsupported is not null)
        {
            report.Error(DiagnosticCodes.GiftUnsupported, syntax.AnswerBlock, unsupported);
            return null;
        }
        var (format, prompt) = GiftTextFormats.Split(syntax.Prompt, GiftTextFormat.Moodle);
        var promptHtml = prompt.IsEmpty ? "" : renderer.Block(prompt, format).Html;
        if (promptHtml.Trim().Length == 0)
        {
            report.Error(DiagnosticCodes.QuestionShape, syntax.Start, "the question has no text before its answer block");
            return null;
        }
        var set = Options(syntax.Answers, format, syntax.AnswerBlock);
        if (set is null) return null;
        return new Question("", null, set.Kind, promptHtml, set.Options, Shuffle: set.Kind != QuestionKind.TrueFalse,
            options.Feedback(syntax.GeneralFeedback, format), AttitudeDirection.Agree, filePath, syntax.Start.Line);
    }

    static string? UnsupportedKind(GiftSpan block)
    {
        if (block.IsEmpty)
            return "essay questions (an empty answer block {}) are not supported; these tests are scored, so give the question answers";
        if (block[0].Is('#'))
            return "numerical questions ({#...}) are not supported; rewrite as multiple choice or short answer";
        if (block.IndexOf('~') < 0 && block.IndexOf('=') >= 0 && block.IndexOf("->") >= 0)
            return "matching questions (-> pairs) are not supported; rewrite as multiple choice";
        return null;
    }

    GiftOptionSet? Options(GiftSpan block, GiftTextFormat format, GiftPosition at)
    {
        if (block.IndexOf('~') >= 0) return new GiftChoices(renderer, options, report).Read(block, format, at);
        var hash = block.IndexOf('#');
        var head = (hash > 0 ? block.Slice(0, hash) : block).Text.Trim();
        return TrueFalseWords.Contains(head, StringComparer.OrdinalIgnoreCase) || Parsing.TrueFalseWords.Read(head, language) is not null
            ? options.TrueFalse(block, format)
            : options.ShortAnswer(block, format, at);
    }
}
