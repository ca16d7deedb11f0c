using System.Net;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>Plain text as HTML: every character encoded, line breaks kept, nothing passed through.</summary>
internal static class PlainHtml
{
    /// <summary>Paragraphs at blank lines, <c>&lt;br /&gt;</c> at single line breaks.</summary>
    public static string Block(string text)
    {
        var html = new System.Text.StringBuilder();
        foreach (var paragraph in Paragraphs(text))
            html.Append("<p>").Append(Inline(paragraph)).Append("</p>\n");
        return html.ToString();
    }

    public static string Inline(string text) =>
        string.Join("<br />\n", Lines(text).Select(line => WebUtility.HtmlEncode(line.Trim())));

    static IEnumerable<string> Paragraphs(string text)
    {
        var paragraph = new List<string>();
        foreach (var line in Lines(text))
        {
            if (line.Trim().Length > 0)
            {
                paragraph.Add(line);
                continue;
            }
            if (paragraph.Count > 0) yield return string.Join('\n', paragraph);
            paragraph = [];
        }
        if (paragraph.Count > 0) yield return string.Join('\n', paragraph);
    }

    static string[] Lines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n').Trim().Split('\n');
}
