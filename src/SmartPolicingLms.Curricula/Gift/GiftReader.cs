using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Rendering;
using SmartPolicingLms.Curricula.Validation;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// Reads the questions of a Moodle GIFT file. Every problem becomes a diagnostic with its line,
/// and reading goes on with the next question: a bad question never hides the others.
/// </summary>
internal static class GiftReader
{
    // filePath: forward-slash path relative to the course folder (used in diagnostics and Question.SourcePath)
    // objectiveIds: the course's objective ids (keys, in Latin letters), to resolve $CATEGORY
    // language: the course's language, whose true/false words are accepted beside T, F, TRUE and FALSE
    public static IReadOnlyList<Question> Read(
        string text, string filePath, IReadOnlySet<string> objectiveIds, LinkPolicy links, DiagnosticBag diagnostics,
        string? language = null)
    {
        var lines = GiftLines.Split(text);
        var report = new GiftDiagnostics(filePath, diagnostics);
        var mapper = new GiftQuestionMapper(filePath, new GiftTextRenderer(filePath, lines.Count, links, diagnostics), report, language);
        var questions = new List<Question>();
        string? categoryObjective = null;
        var ordinal = 0;
        foreach (var block in GiftBlocks.Split(lines))
        {
            if (block.Category is { } category) categoryObjective = ObjectiveOf(category, objectiveIds);
            if (block.QuestionLines.Count == 0)
            {
                if (block.ObjectiveComment is { } lost)
                    report.Warning(DiagnosticCodes.GiftObjectiveDetached, new GiftPosition(block.ObjectiveLine, 1),
                        $"this '// objective: {lost}' comment is followed by a blank line, so it names no question's objective; " +
                        "remove the blank line between it and its question");
                continue;
            }
            // Every question counts, even one that fails, so fixing it does not renumber the rest.
            ordinal++;
            var syntax = GiftQuestionParser.Parse(GiftLines.Unescape(block.QuestionLines), report);
            if (syntax is null || mapper.Map(syntax) is not { } question) continue;
            var id = Id(syntax, block.MoodleId, filePath, ordinal, report);
            var objective = block.ObjectiveComment is { } written ? Ids.Key(written) : categoryObjective;
            if (objective is null)
                report.Warning(DiagnosticCodes.QuestionWithoutObjective, syntax.Start,
                    $"question '{syntax.Title ?? id}' names no objective; add `// objective: <id>` above it, " +
                    "or put it under a $CATEGORY: whose last part is the objective's id");
            questions.Add(question with { Id = id, ObjectiveId = objective, Written = syntax.Title, Form = FormOf(block, filePath, diagnostics) });
        }
        return questions;
    }

    /// <summary>A <c>// form: pre</c> (or post, both) comment above the question; Moodle ignores it as any comment.</summary>
    static QuestionForm FormOf(GiftBlock block, string filePath, DiagnosticBag diagnostics)
    {
        if (block.FormComment is not { } comment) return QuestionForm.Both;
        if (Parsing.QuestionMetadata.Forms.TryGetValue(comment.Word.ToLowerInvariant(), out var form)) return form;
        diagnostics.Error(DiagnosticCodes.InvalidValue, filePath, comment.Line.Number, comment.Line.Text.IndexOf(':') + 3,
            $"'// form:' is '{comment.Word}', but it must be one of: {string.Join(", ", Parsing.QuestionMetadata.Forms.Keys)}");
        return QuestionForm.Both;
    }

    /// <summary>Moodle categories are paths; only the last part can name an objective.</summary>
    static string? ObjectiveOf(string category, IReadOnlySet<string> objectiveIds)
    {
        var last = Ids.Key(category[(category.LastIndexOf('/') + 1)..].Trim());
        return objectiveIds.Contains(last) ? last : null;
    }

    static string Id(GiftQuestionSyntax syntax, string? moodleId, string filePath, int ordinal, GiftDiagnostics report)
    {
        var fromTitle = syntax.Title is null ? "" : GiftIds.IdForm(syntax.Title);
        if (fromTitle.Length > 0) return fromTitle;
        // Moodle's id number is as stable as a title: it survives reordering and renaming.
        var fromMoodle = moodleId is null ? "" : GiftIds.IdForm(moodleId);
        if (fromMoodle.Length > 0) return fromMoodle;
        var id = GiftIds.FromPlace(filePath, ordinal);
        var why = syntax.Title is null ? "has no ::title::" : $"has a title ('{syntax.Title}') with no letter or digit";
        report.Warning(DiagnosticCodes.QuestionShape, syntax.Start,
            $"the question {why}, so its id '{id}' comes from its place in the file and changes when questions are " +
            $"reordered; give it a title such as ::{id}::");
        return id;
    }
}
