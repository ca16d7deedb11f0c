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
    /// <param name="images">Receives the <c>src</c> of each image, audio or video dropped.</param>
    /// <param name="links">
    /// When given, receives each <c>&lt;a href&gt;</c>, and its text is wrapped in
    /// <see cref="HtmlLinks"/> markers on one line so the caller can link it again.
    /// </param>
    public static string Reduce(string html, bool newlinesAreBreaks, List<string> images, List<HtmlLink>? links = null)
    {
        var text = new StringBuilder(html.Length);
        var open = new OpenLink(links);
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
                    i = Tag(html, i, close, text, images, open);
                    continue;
                }
            }
            text.Append((!newlinesAreBreaks || open.Index >= 0) && c is '\n' or '\r' or '\t' ? ' ' : c);
            i++;
        }
        open.Close(text);
        return Tidy(WebUtility.HtmlDecode(text.ToString()).Replace('\u00A0', ' '));
    }

    static bool StartsTag(char c) => char.IsAsciiLetter(c) || c is '/' or '!' or '?';

    /// <summary>Handles the tag at <paramref name="open"/>; returns where reading goes on.</summary>
    static int Tag(string html, int open, int close, StringBuilder text, List<string> images, OpenLink link)
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
        if (!closing && name is "img" or "audio" or "video" or "source" or "embed" or "iframe")
        {
            var src = ImageSource().Match(tag);
            if (src.Success || name == "img") images.Add(src.Success ? src.Groups["src"].Value : "");
        }
        if (name == "a") link.At(closing ? null : Href().Match(tag), open, text);
        // A link's text stays on one line, so it never straddles a paragraph once rendered.
        var separator = Separator(name, closing);
        text.Append(link.Index >= 0 && separator.Length > 0 ? " " : separator);
        return close + 1;
    }

    /// <summary>The link whose text is being read, if any; a new link or the end closes it.</summary>
    sealed class OpenLink(List<HtmlLink>? links)
    {
        public int Index { get; private set; } = -1;

        public void At(Match? href, int position, StringBuilder text)
        {
            Close(text);
            if (links is null || href is not { Success: true }) return;
            Index = links.Count;
            links.Add(new HtmlLink(WebUtility.HtmlDecode(href.Groups["href"].Value), position));
            text.Append(HtmlLinks.Open).Append(Index).Append(HtmlLinks.Text);
        }

        public void Close(StringBuilder text)
        {
            if (Index < 0) return;
            // Spaces at the end of a link's text belong after it, or the underline runs on.
            var spaces = 0;
            while (spaces < text.Length && char.IsWhiteSpace(text[^(spaces + 1)])) spaces++;
            text.Insert(text.Length - spaces, HtmlLinks.Close);
            Index = -1;
        }
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

    [GeneratedRegex(@"\bhref\s*=\s*(?:""(?<href>[^""]*)""|'(?<href>[^']*)'|(?<href>[^""'\s>]+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Href();

    [GeneratedRegex(@"\bsrc\s*=\s*[""']?(?<src>[^""'\s>]*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageSource();
}
