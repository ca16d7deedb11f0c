using System.Net;
using System.Text.RegularExpressions;

namespace SmartPolicingLms.Web.Text;

internal static partial class HtmlText
{
    // A question's prompt as one line of text, for lists where the whole rendered prompt would be too much.
    public static string ToText(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
