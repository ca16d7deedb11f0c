namespace SmartPolicingLms.Curricula.Gift;

/// <summary>A line of the file with its 1-based number.</summary>
internal readonly record struct GiftLine(int Number, string Text);

internal static class GiftLines
{
    /// <summary>
    /// Splits on \r\n, \r and \n alike: Markdig counts a lone \r as a line break too, so the
    /// line numbers it reports for GIFT Markdown agree with ours.
    /// </summary>
    public static List<GiftLine> Split(string text)
    {
        var lines = new List<GiftLine>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is not ('\r' or '\n')) continue;
            lines.Add(new GiftLine(lines.Count + 1, text[start..i]));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        lines.Add(new GiftLine(lines.Count + 1, text[start..]));
        return lines;
    }

    /// <summary>
    /// Resolves Moodle's escapes the way its importer does: <c>\\</c> is a backslash, <c>\n</c>
    /// a line break, <c>\~ \= \# \{ \} \:</c> the character as text; any other backslash stays.
    /// The lines are joined with line breaks that belong to the end of the line before.
    /// </summary>
    public static GiftSpan Unescape(IReadOnlyList<GiftLine> lines)
    {
        var chars = new List<GiftChar>();
        GiftLine? previous = null;
        foreach (var line in lines)
        {
            if (previous is { } p) chars.Add(new GiftChar('\n', false, p.Number, p.Text.Length + 1));
            previous = line;
            var text = line.Text;
            for (var i = 0; i < text.Length; i++)
            {
                var next = i + 1 < text.Length ? text[i + 1] : '\0';
                if (text[i] == '\\' && next is '\\' or '~' or '=' or '#' or '{' or '}' or ':' or 'n')
                {
                    chars.Add(new GiftChar(next == 'n' ? '\n' : next, true, line.Number, i + 1));
                    i++;
                }
                else chars.Add(new GiftChar(text[i], false, line.Number, i + 1));
            }
        }
        return new GiftSpan([.. chars], 0, chars.Count);
    }
}
