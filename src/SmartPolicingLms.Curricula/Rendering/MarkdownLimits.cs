namespace SmartPolicingLms.Curricula.Rendering;

/// <summary>
/// What Markdig can read in reasonable time, checked before it reads. Its inline parser takes
/// time that grows with the square of the emphasis and link marks in one inline run (a
/// paragraph, a whole pipe table, a list item, a heading): for each closing mark it looks back
/// over the open ones, so "[x](", "*a " or "a* " repeated a few thousand times takes seconds.
/// Length alone is not the problem: a 400 KB paragraph or table without marks reads in a blink.
/// So the limit counts marks, per run and, by the sum of their squares, per text: a glossary
/// table of a few hundred rows with a bold term and a link each passes, while the worst
/// arrangement of marks a 512 KB file can hold stays bounded by <see cref="MaxWorkPerText"/>.
/// </summary>
/// <param name="MaxMarksPerRun">
/// Most marks in one inline run. A mark is a run of one of <c>* _ ~ ^ = +</c> (<c>**</c> is one)
/// or a single <c>[</c>: what Markdig keeps as a delimiter. A 130-row glossary with a bold term
/// and a link per row holds 390.
/// </param>
/// <param name="MaxWorkPerText">Most quadratic work in one text, as the sum over its runs of marks squared.</param>
internal sealed record MarkdownLimits(int MaxMarksPerRun, long MaxWorkPerText)
{
    /// <summary>A module or course.md: runs of up to 1,000 marks, and four such runs' work in all.</summary>
    public static readonly MarkdownLimits File = new(1_000, 4L * 1_000 * 1_000);

    /// <summary>
    /// One prompt, option or feedback of a GIFT file, which has hundreds of them, each parsed
    /// alone: one run of up to 500 marks, so a 512 KB file of them stays within seconds.
    /// </summary>
    public static readonly MarkdownLimits Snippet = new(500, 500L * 500);

    /// <summary>The first run that breaks a limit, or null when the text can be parsed in time.</summary>
    public MarkdownProblem? Check(string text)
    {
        var (work, runLine, marks, line, lineStart) = (0L, 1, 0, 1, 0);
        for (var end = 0; end <= text.Length; end++)
        {
            if (end < text.Length && text[end] != '\n') continue;
            var content = text.AsSpan(lineStart, end - lineStart);
            var blank = content.IsWhiteSpace();
            if (blank || StartsRun(content))
            {
                if (Close(marks, runLine, ref work) is { } problem) return problem;
                (runLine, marks) = (blank ? line + 1 : line, 0);
            }
            marks += Marks(text, lineStart, end);
            (lineStart, line) = (end + 1, line + 1);
        }
        return Close(marks, runLine, ref work);
    }

    MarkdownProblem? Close(int marks, int runLine, ref long work)
    {
        if (marks > MaxMarksPerRun)
            return new MarkdownProblem(runLine,
                $"the paragraph, table or list item starting here holds {marks:N0} emphasis and link marks ('*', '_', '~', '^', '=', '+' and '['); "
                + $"at most {MaxMarksPerRun:N0} fit in one, because the time to read them grows with the square of their number: "
                + "split it with a blank line or a heading, and close any '[' or '*' left open by mistake");
        work += (long)marks * marks;
        if (work > MaxWorkPerText)
            return new MarkdownProblem(runLine,
                $"with the paragraph, table or list item starting here ({marks:N0} emphasis and link marks), the file holds too many marks in long paragraphs "
                + "to be read in time; split this one or the file (the cost grows with the square of each paragraph's marks)");
        return null;
    }

    /// <summary>
    /// Lines Markdig always starts a new inline run with, even inside a paragraph: an ATX
    /// heading and a bullet list item with text. Anything else (ordered items after the first,
    /// quotes, fences) is counted with the run before it, which can only overcount.
    /// </summary>
    static bool StartsRun(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && indent < 4 && line[indent] == ' ') indent++;
        if (indent == 4) return false;
        var rest = line[indent..];
        if (rest.Length >= 2 && rest[0] is '-' or '*' or '+' && rest[1] is ' ' or '\t') return !rest[2..].IsWhiteSpace();
        var hashes = 0;
        while (hashes < rest.Length && rest[hashes] == '#') hashes++;
        return hashes is >= 1 and <= 6 && (hashes == rest.Length || rest[hashes] is ' ' or '\t');
    }

    static int Marks(string text, int start, int end)
    {
        var marks = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '[' || (c is '*' or '_' or '~' or '^' or '=' or '+' && (i == start || text[i - 1] != c))) marks++;
        }
        return marks;
    }
}
