using AngleSharp.Html.Parser;

namespace SmartPolicingLms.Web.Tests.Harness;

internal static class Html
{
    static readonly HtmlParser Parser = new();

    // HTML as the browser would re-serialise it, so markup from the library and from a page compare equal.
    public static string Canonical(string html) => Parser.ParseDocument($"<body>{html}</body>").Body!.InnerHtml;

    public static string TextOf(string html) => Parser.ParseDocument($"<body>{html}</body>").Body!.TextContent;
}
