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
internal sealed partial class QuestionBankReader(string file, string source, string? language, DiagnosticBag diagnostics)
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

    // Word's AutoCorrect turns a list's "- " into "– " (an en dash); other editors give "— " or "• ". Such a line is not a
    // list item to Markdown: "– [ ] wrong" joins the option above it, the distractor disappears and the question keeps a
    // wrong key with no error. Each such line is reported where it stands, and the question is not imported.
    int DashedOptions(HeadingBlock heading, List<Block> body, string id)
    {
        var end = body.Count == 0 ? heading.Span.End : body[^1].Span.End;
        var lines = source[heading.Span.End..Math.Min(source.Length, end + 1)].Split('\n');
        var found = 0;
        for (var i = 1; i < lines.Length; i++)
        {
            var match = DashedOption().Match(lines[i]);
            if (!match.Success)
                continue;
            found++;
            diagnostics.Error(DiagnosticCodes.QuestionShape, file, heading.Line + 1 + i, match.Groups["dash"].Index + 1,
                $"an option of question '{id}' starts with '{match.Groups["dash"].Value}' ({DashName(match.Groups["dash"].Value[0])}), which Markdown does not read as a list; start it with '- ' (a hyphen)");
        }
        return found;
    }

    static string DashName(char dash) => dash switch
    {
        '–' => "an en dash, often put there by a word processor",
        '—' => "an em dash",
        _ => "a bullet character",
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s{0,3}(?<dash>[–—•])\s+\[[ xX]\]")]
    private static partial System.Text.RegularExpressions.Regex DashedOption();

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

        if (DashedOptions(heading, body, id) > 0)
            return null;

        var rest = body.Skip(1).ToList();
        var list = rest.OfType<ListBlock>().FirstOrDefault();
        var prompt = list is null ? rest.TakeWhile(b => b is not QuoteBlock).ToList() : rest.TakeWhile(b => b != list).ToList();
        var after = list is null ? rest.Skip(prompt.Count).ToList() : rest.SkipWhile(b => b != list).Skip(1).ToList();
        if (prompt.Count == 0) Shape(line, $"question '{id}' has no text between its 'Key: value' lines and its options");
        var feedback = after.OfType<QuoteBlock>().FirstOrDefault();
        foreach (var stray in after.Where(b => b != feedback))
            Shape(stray.Line + 1, $"question '{id}' has text after its options; only one quotation (feedback) may follow them");

        var options = kind == QuestionKind.Attitude ? NoOptions(id, list) : OptionReader.Read(id, kind, list, file, line, language, diagnostics);
        if (options is null) return null;
        return new Question(Ids.Key(id), meta.Objective is null ? null : Ids.Key(meta.Objective), kind, CourseMarkdown.ToHtml(prompt), options,
            kind != QuestionKind.TrueFalse && meta.Shuffle,
            feedback is null ? null : CourseMarkdown.ToHtml(feedback.ToList()),
            meta.Favourable, file, line, meta.Form) { Written = id };
    }

    IReadOnlyList<QuestionOption>? NoOptions(string id, ListBlock? list)
    {
        if (list is null) return [];
        Shape(list.Line + 1, $"attitude item '{id}' has options, but attitude items are answered on the agreement scale; remove the list");
        return null;
    }

    void Shape(int line, string message) => diagnostics.Error(DiagnosticCodes.QuestionShape, file, line, 1, message);
}
