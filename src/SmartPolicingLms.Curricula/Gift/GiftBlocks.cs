using System.Text.RegularExpressions;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// A run of non-blank lines: an optional <c>$CATEGORY:</c> switch and the lines of at most one
/// question, with the comment lines taken out.
/// </summary>
/// <param name="Category">The category this block switches to, applied before its question.</param>
/// <param name="ObjectiveComment">The id from a <c>// objective:</c> comment above the question.</param>
/// <param name="ObjectiveLine">The line of that comment, or 0.</param>
/// <param name="MoodleId">Moodle's stable id number from a <c>// [id:...]</c> comment above the question, or null.</param>
/// <param name="QuestionLines">The question's lines; empty when the block holds only comments or a category.</param>
/// <param name="FormComment">The word of a <c>// form:</c> comment above the question, with its line, or null.</param>
internal sealed record GiftBlock(
    string? Category, string? ObjectiveComment, int ObjectiveLine, string? MoodleId, IReadOnlyList<GiftLine> QuestionLines,
    (string Word, GiftLine Line)? FormComment = null);

internal static partial class GiftBlocks
{
    /// <summary>Questions are separated by blank lines, as Moodle's importer splits them.</summary>
    public static IEnumerable<GiftBlock> Split(IEnumerable<GiftLine> lines)
    {
        var block = new List<GiftLine>();
        foreach (var line in lines)
        {
            if (!string.IsNullOrWhiteSpace(line.Text))
            {
                block.Add(line);
                continue;
            }
            if (block.Count > 0) yield return Read(block);
            block = [];
        }
        if (block.Count > 0) yield return Read(block);
    }

    static GiftBlock Read(List<GiftLine> lines)
    {
        string? category = null;
        string? objective = null;
        var objectiveLine = 0;
        string? moodleId = null;
        (string, GiftLine)? form = null;
        var question = new List<GiftLine>();
        foreach (var line in lines)
        {
            var trimmed = line.Text.Trim();
            if (trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                // Only a comment above the question names its objective; comments inside it are noise.
                if (question.Count > 0) continue;
                if (ObjectiveComment().Match(trimmed) is { Success: true } match && match.Groups["id"].Value.Trim() is { Length: > 0 } id)
                    (objective, objectiveLine) = (id, line.Number);
                else if (MoodleIdComment().Match(trimmed) is { Success: true } idMatch)
                    moodleId = idMatch.Groups["id"].Value.Trim();
                else if (FormComment().Match(trimmed) is { Success: true } formMatch)
                    form = (formMatch.Groups["word"].Value.Trim(), line);
            }
            else if (question.Count == 0 && trimmed.StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase))
                category = trimmed["$CATEGORY:".Length..].Trim();
            else question.Add(line);
        }
        return new GiftBlock(category, objective, objectiveLine, moodleId, question, form);
    }

    [GeneratedRegex(@"^//\s*objective\s*:(?<id>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObjectiveComment();

    // Moodle 4 writes a question's "ID number" as `// [id:...]` above it.
    [GeneratedRegex(@"^//\s*\[id:(?<id>[^\]]*)\]", RegexOptions.CultureInvariant)]
    private static partial Regex MoodleIdComment();

    [GeneratedRegex(@"^//\s*form\s*:(?<word>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormComment();
}
