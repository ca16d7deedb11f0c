using System.Net;
using System.Text.RegularExpressions;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>A link found in HTML text: its address and where its tag starts in that text.</summary>
internal sealed record HtmlLink(string Href, int Index);

/// <summary>
/// Links in Moodle HTML survive its reduction to text as markers from Unicode's private use area
/// (which HTML encoding and tidying leave alone) around the link's text; once the text is encoded,
/// the markers become links again, or just their text when the link was not allowed.
/// </summary>
internal static partial class HtmlLinks
{
    public const char Open = '\uE001';
    public const char Text = '\uE002';
    public const char Close = '\uE003';

    /// <param name="html">Encoded text with markers.</param>
    /// <param name="urls">For each link, the address to link to, or null to keep only its text.</param>
    public static string Restore(string html, IReadOnlyList<string?> urls) => Marked().Replace(html, match =>
    {
        var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var text = match.Groups["text"].Value;
        var url = index < urls.Count ? urls[index] : null;
        return url is null || text.Trim().Length == 0 ? text : $"<a href=\"{WebUtility.HtmlEncode(url)}\">{text}</a>";
    });

    /// <summary>The text without markers.</summary>
    public static string Strip(string text) => Marked().Replace(text, match => match.Groups["text"].Value);

    [GeneratedRegex("\uE001(?<index>[0-9]{1,6})\uE002(?<text>[^\uE001\uE002\uE003]*)\uE003", RegexOptions.CultureInvariant)]
    private static partial Regex Marked();
}
