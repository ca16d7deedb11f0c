namespace SmartPolicingLms.Curricula.Yaml;

/// <summary>The YAML block between the first two <c>---</c> lines of a Markdown file.</summary>
/// <param name="Yaml">The YAML text.</param>
/// <param name="FirstLine">1-based file line of the first YAML line (the one after the opening <c>---</c>).</param>
internal sealed record FrontMatter(string Yaml, int FirstLine)
{
    /// <summary>Finds the front matter; null when the file does not start with <c>---</c> or it is never closed.</summary>
    public static FrontMatter? Find(string text)
    {
        if (!text.StartsWith("---\n") && text != "---") return null;
        var start = 4;
        var position = start;
        while (position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            if (line.TrimEnd() is "---" or "...") return new FrontMatter(text[start..position], 2);
            if (end < 0) break;
            position = end + 1;
        }
        return null;
    }
}
