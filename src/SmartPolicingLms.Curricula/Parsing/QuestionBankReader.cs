using Markdig.Extensions.TaskLists;
using Markdig.Syntax;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Rendering;
using SmartPolicingLms.Curricula.Validation;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>
/// Reads a Markdown question file: each level-2 heading starts a question, followed by its
/// <c>Key: value</c> lines, the prompt, the options (a task list) and feedback (a quotation).
/// </summary>
internal sealed class QuestionBankReader(string file, string source, DiagnosticBag diagnostics)
{
    public IReadOnlyList<Question> Read(MarkdownDocument document)
    {
        var questions = new List<Question>();
        var blocks = document.ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: 2 } heading) continue;
            var end = i + 1;
            while (end < blocks.Count && blocks[end] is not HeadingBlock { Level: <= 2 }) end++;
            if (ReadQuestion(heading, blocks[(i + 1)..end]) is { } question) questions.Add(question);
            i = end - 1;
        }
        return questions;
    }

    Question? ReadQuestion(HeadingBlock heading, List<Block> body)
    {
        var line = heading.Line + 1;
        var id = CourseMarkdown.PlainText(heading.Inline);
        if (!Ids.IsValid(id))
            diagnostics.Error(DiagnosticCodes.InvalidId, file, line, heading.Column + 1, $"the question id '{id}' must be {Ids.Rule}");
        if (body.FirstOrDefault() is not ParagraphBlock first || !QuestionMetadata.Looks(first, source))
        {
            Shape(line, $"question '{id}' needs 'Objective:' and 'Kind:' lines right under its heading");
            return null;
        }
        var meta = QuestionMetadata.Read(first, source, file, diagnostics);
        if (meta.Kind is null)
        {
            if (!QuestionMetadata.LinesOf(first, source).Any(l => l.StartsWith("Kind:", StringComparison.Ordinal)))
                diagnostics.Error(DiagnosticCodes.MissingKey, file, first.Line + 1, 1,
                    $"question '{id}' needs 'Kind:' (single, multiple, true-false, short-answer or attitude)");
            return null;
        }
        var kind = meta.Kind.Value;
        if (kind != QuestionKind.Attitude && string.IsNullOrEmpty(meta.Objective))
            diagnostics.Error(DiagnosticCodes.QuestionWithoutObjective, file, first.Line + 1, 1,
                $"question '{id}' needs 'Objective:', the id of the objective it measures");

        var rest = body.Skip(1).ToList();
        var list = rest.OfType<ListBlock>().FirstOrDefault();
        var prompt = list is null ? rest.TakeWhile(b => b is not QuoteBlock).ToList() : rest.TakeWhile(b => b != list).ToList();
        var after = list is null ? rest.Skip(prompt.Count).ToList() : rest.SkipWhile(b => b != list).Skip(1).ToList();
        if (prompt.Count == 0) Shape(line, $"question '{id}' has no text between its 'Key: value' lines and its options");
        var feedback = after.OfType<QuoteBlock>().FirstOrDefault();
        foreach (var stray in after.Where(b => b != feedback))
            Shape(stray.Line + 1, $"question '{id}' has text after its options; only one quotation (feedback) may follow them");

        var options = kind == QuestionKind.Attitude ? NoOptions(id, list) : OptionReader.Read(id, kind, list, file, line, diagnostics);
        if (options is null) return null;
        return new Question(id, meta.Objective, kind, CourseMarkdown.ToHtml(prompt), options,
            kind != QuestionKind.TrueFalse && meta.Shuffle,
            feedback is null ? null : CourseMarkdown.ToHtml(feedback.ToList()),
            meta.Favourable, file, line);
    }

    IReadOnlyList<QuestionOption>? NoOptions(string id, ListBlock? list)
    {
        if (list is null) return [];
        Shape(list.Line + 1, $"attitude item '{id}' has options, but attitude items are answered on the agreement scale; remove the list");
        return null;
    }

    void Shape(int line, string message) => diagnostics.Error(DiagnosticCodes.QuestionShape, file, line, 1, message);
}
