using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// Reduces the HTML that Moodle exports to its text. Course pages never render HTML from a
/// course, so tags are dropped rather than sanitised; only the breaks between blocks survive.
/// A hand-written scanner, linear in the input, so a hostile file cannot stall the loader.
/// </summary>
internal static partial class HtmlToText
{
    /// <param name="html">The HTML (or Moodle auto-format) text.</param>
    /// <param name="newlinesAreBreaks">Moodle auto-format shows line breaks; in HTML they are spaces.</param>
    /// <param name="images">Receives the <c>src</c> of each image dropped.</param>
    public static string Reduce(string html, bool newlinesAreBreaks, List<string> images)
    {
        var text = new StringBuilder(html.Length);
        var tagsCanClose = true;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && tagsCanClose && i + 1 < html.Length && StartsTag(html[i + 1]))
            {
                var close = html.IndexOf('>', i + 1);
                tagsCanClose = close >= 0;
                if (close >= 0)
                {
                    i = Tag(html, i, close, text, images);
                    continue;
                }
            }
            text.Append(!newlinesAreBreaks && c is '\n' or '\r' or '\t' ? ' ' : c);
            i++;
        }
        return Tidy(WebUtility.HtmlDecode(text.ToString()).Replace('\u00A0', ' '));
    }

    static bool StartsTag(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    /// <summary>Handles the tag at <paramref name="open"/>; returns where reading goes on.</summary>
    static int Tag(string html, int open, int close, StringBuilder text, List<string> images)
    {
        if (html.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
        {
            var end = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }
        var tag = html[(open + 1)..close];
        var closing = tag.StartsWith('/');
        var name = new string(tag.TrimStart('/').TakeWhile(char.IsAsciiLetterOrDigit).ToArray()).ToLowerInvariant();
        if (!closing && name is "script" or "style")
        {
            // Their content is code, not prose: skip to the end of the element.
            var end = html.IndexOf("</" + name, close, StringComparison.OrdinalIgnoreCase);
            var after = end < 0 ? -1 : html.IndexOf('>', end);
            return after < 0 ? html.Length : after + 1;
        }
        if (name == "img") images.Add(ImageSource().Match(tag) is { Success: true } src ? src.Groups["src"].Value : "");
        text.Append(Separator(name, closing));
        return close + 1;
    }

    static string Separator(string name, bool closing) => name switch
    {
        "br" => "\n",
        "p" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "ul" or "ol" or "table" or "pre"
            => closing ? "\n\n" : "",
        "div" or "li" or "tr" => closing ? "\n" : "",
        "td" or "th" => closing ? " " : "",
        _ => "",
    };

    /// <summary>Collapses spaces inside lines and runs of blank lines, as a browser would.</summary>
    static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(line => string.Join(' ', line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        var tidy = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank < 2) tidy.Append(line).Append('\n');
        }
        return tidy.ToString().Trim();
    }

    [GeneratedRegex(@"\bsrc\s*=\s*[""']?(?<src>[^""'\s>]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageSource();
}
