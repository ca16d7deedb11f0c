using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Rendering;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>Reads a question's options from its list and gives each its weight by the format's scoring rule.</summary>
internal static class OptionReader
{
    public static IReadOnlyList<QuestionOption>? Read(
        string id, QuestionKind kind, ListBlock? list, string file, int line, string? language, DiagnosticBag diagnostics)
    {
        if (list is null)
        {
            diagnostics.Error(DiagnosticCodes.QuestionShape, file, line, 1, kind == QuestionKind.ShortAnswer
                ? $"question '{id}' needs a list of accepted answers"
                : $"question '{id}' needs its options as a task list: '- [x] right' and '- [ ] wrong'");
            return null;
        }
        var items = list.OfType<ListItemBlock>().Select(item => (Item: item, Paragraph: item.FirstOrDefault() as ParagraphBlock)).ToList();
        var ticks = items.Select(i => i.Paragraph?.Inline?.FirstChild as TaskList).ToList();
        var listLine = list.Line + 1;
        if (kind == QuestionKind.ShortAnswer)
        {
            if (ticks.Any(t => t is not null))
                return Fail(diagnostics, file, listLine, $"short-answer question '{id}' lists accepted answers as a plain list, without [ ] boxes");
            return items.Select(i => Option(i.Paragraph, 1m)).ToList();
        }
        if (ticks.Any(t => t is null))
            return Fail(diagnostics, file, listLine, $"every option of question '{id}' must start with '[ ] ' or '[x] '");
        if (items.Count < 2)
            return Fail(diagnostics, file, listLine, $"question '{id}' needs at least two options");
        foreach (var tick in ticks) tick!.Remove();
        var right = ticks.Count(t => t!.Checked);
        if (right == 0)
        {
            diagnostics.Error(DiagnosticCodes.NoRightAnswer, file, listLine, 1, $"question '{id}' has no right answer; tick it with [x]");
            return null;
        }
        if (right > 1 && kind is QuestionKind.SingleChoice or QuestionKind.TrueFalse)
        {
            diagnostics.Error(DiagnosticCodes.TooManyRightAnswers, file, listLine, 1,
                $"question '{id}' is '{(kind == QuestionKind.TrueFalse ? "true-false" : "single")}' but ticks {right} options; tick one, or make it 'Kind: multiple'");
            return null;
        }
        var wrong = items.Count - right;
        var options = items.Select((i, n) => Option(i.Paragraph, Weight(kind, ticks[n]!.Checked, right, wrong))).ToList();
        return kind == QuestionKind.TrueFalse ? TrueThenFalse(id, options, file, listLine, language, diagnostics) : options;
    }

    static decimal Weight(QuestionKind kind, bool isRight, int right, int wrong) => kind switch
    {
        QuestionKind.MultipleChoice => isRight ? 1m / right : -1m / wrong,
        _ => isRight ? 1m : 0m,
    };

    static QuestionOption Option(ParagraphBlock? paragraph, decimal weight) =>
        paragraph?.Inline is null
            ? new QuestionOption("", "", weight, null)
            : new QuestionOption(CourseMarkdown.InlineToHtml(paragraph.Inline), CourseMarkdown.PlainText(paragraph.Inline), weight, null);

    static IReadOnlyList<QuestionOption>? TrueThenFalse(
        string id, List<QuestionOption> options, string file, int line, string? language, DiagnosticBag diagnostics)
    {
        var isTrue = options.FirstOrDefault(o => TrueFalseWords.Read(o.Text, language) == true);
        var isFalse = options.FirstOrDefault(o => TrueFalseWords.Read(o.Text, language) == false);
        if (options.Count == 2 && isTrue is not null && isFalse is not null) return [isTrue, isFalse];
        return Fail(diagnostics, file, line,
            $"true-false question '{id}' needs exactly two options, one true and one false: {TrueFalseWords.Describe(language)}");
    }

    static IReadOnlyList<QuestionOption>? Fail(DiagnosticBag diagnostics, string file, int line, string message)
    {
        diagnostics.Error(DiagnosticCodes.QuestionShape, file, line, 1, message);
        return null;
    }
}
