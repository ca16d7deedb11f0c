using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SmartPolicingLms.Web.Tests.Harness;

// A page as a person reads it: its text, its forms, the messages beside each field.
public sealed partial class HtmlPage(Uri url, HttpStatusCode status, string html)
{
    static readonly HtmlParser Parser = new();

    public Uri Url { get; } = url;

    public HttpStatusCode Status { get; } = status;

    public IDocument Document { get; } = Parser.ParseDocument(html);

    public string Path => Url.AbsolutePath;

    public string Title => Document.Title?.Trim() ?? "";

    public string Text => Normalize(Document.Body?.TextContent);

    public string? Heading => Document.QuerySelector("h1")?.TextContent is { } h1 ? Normalize(h1) : null;

    public string? OneTimeCode => Document.QuerySelector("[data-testid=one-time-code]")?.TextContent.Trim();

    public IElement? Form(string name) => Document.QuerySelectorAll("form")
        .FirstOrDefault(f => f.QuerySelectorAll("input[name=_handler]").Any(h => h.GetAttribute("value") == name));

    public IReadOnlyList<string> FormNames => [.. Document.QuerySelectorAll("input[name=_handler]")
        .Select(h => h.GetAttribute("value") ?? "")];

    // The messages shown beside a field: the <ValidationMessage> in the field's own group.
    public IReadOnlyList<string> MessagesBeside(string fieldName)
    {
        var field = Document.QuerySelector($"[name='{fieldName}']")
            ?? throw new InvalidOperationException($"No field named {fieldName} on {Url}.");
        return [.. field.ParentElement!.QuerySelectorAll(".validation-message").Select(m => Normalize(m.TextContent))];
    }

    public IReadOnlyList<string> SummaryMessages =>
        [.. Document.QuerySelectorAll(".validation-errors li").Select(m => Normalize(m.TextContent))];

    // The rows of the first table with all these column headings, each row's cells by heading.
    public IReadOnlyList<IReadOnlyDictionary<string, IElement>> Table(params string[] headings)
    {
        var table = Document.QuerySelectorAll("table").FirstOrDefault(t =>
                headings.All(h => t.QuerySelectorAll("thead th").Any(th => Normalize(th.TextContent) == h)))
            ?? throw new InvalidOperationException($"No table with columns {string.Join(", ", headings)} on {Url}.");
        var columns = table.QuerySelectorAll("thead th").Select(th => Normalize(th.TextContent)).ToList();
        return [.. table.QuerySelectorAll("tbody tr").Select(row => (IReadOnlyDictionary<string, IElement>)row.QuerySelectorAll("td")
            .Select((cell, i) => (Column: columns[i], Cell: cell))
            .ToDictionary(c => c.Column, c => c.Cell))];
    }

    public string? FieldValue(string fieldName) => Document.QuerySelector($"[name='{fieldName}']")?.GetAttribute("value");

    public IEnumerable<string> Links => Document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!);

    public static string Normalize(string? text) => Whitespace().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
