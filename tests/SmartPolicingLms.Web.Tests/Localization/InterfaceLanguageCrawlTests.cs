using System.Data;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Harness;
using Xunit.Abstractions;

namespace SmartPolicingLms.Web.Tests.Localization;

// Every page, as every kind of visitor, read in Russian and in Kyrgyz: no English interface text. Course content and
// what people typed (course and module text, names, institutions) may be in any language, so a text is English
// interface only when it has Latin words that are neither stored data nor on the short list below; content marked
// with its own lang, codes (<code>, <kbd>, <samp>) and translate="no" are skipped.
public abstract partial class InterfaceLanguageCrawlTests(LmsFactory factory, ITestOutputHelper output) : LmsTest(factory)
{
    // Names of things that are the same in every language.
    static readonly HashSet<string> SameInEveryLanguage = new(StringComparer.Ordinal)
    {
        "Smart", "Policing", "LMS", "PDF", "CSV", "XLSX", "ZIP", "ICS", "iCalendar", "JSON", "URL", "UTC", "IANA",
        "GIFT", "Moodle", "Markdown", "Open", "Badges", "OpenBadgeCredential", "Word", "Excel", "Google", "Outlook", "Apple",
        "QR", "https", "http", "www", "Bootstrap", "Ed25519", "PNG", "JPEG", "SVG", "WebP",
        "Microsoft", "Authenticator", "Android", "iOS", "csv", "pdf", "xlsx", "zip", "ics", "gift", "md",
    };

    [SkippableTheory]
    [InlineData("ru")]
    [InlineData("ky")]
    public async Task No_page_shows_English_interface_text_to_a_reader_of(string language)
    {
        var world = await MatrixWorld.For(Factory);
        var data = await StoredDataAsync();
        var pages = Endpoints.Pages(world.Factory);
        var parser = new HtmlParser();
        var findings = new SortedSet<string>(StringComparer.Ordinal);
        var read = 0;

        foreach (var visitor in MatrixWorld.Visitors)
            foreach (var pattern in pages)
            {
                var response = await world.SignedIn[visitor].GetInAsync(world.Fill(pattern), language);
                if (response.StatusCode != HttpStatusCode.OK && response.StatusCode != HttpStatusCode.Forbidden
                    && response.StatusCode != HttpStatusCode.NotFound || response.Content.Headers.ContentType?.MediaType != "text/html")
                    continue;
                read++;
                var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
                Assert.Equal(language, document.DocumentElement.GetAttribute("lang"));
                foreach (var text in Texts(document, language))
                    if (EnglishWords(text, data) is { Count: > 0 } words)
                        findings.Add($"{pattern}: {string.Join(" ", words)} in \"{text}\"");
            }

        output.WriteLine($"{read} pages read in {language}; {findings.Count} English texts");
        Assert.True(read > 50, $"only {read} pages were read");
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings.Take(200)));
    }

    // Text nodes and the attributes people read or hear (title, aria-label, placeholder, alt, button values).
    static IEnumerable<string> Texts(IDocument document, string language)
    {
        foreach (var node in document.Body!.Descendants().OfType<IText>())
            if (!Skipped(node.ParentElement, language) && Normalize(node.Data) is { Length: > 0 } text)
                yield return text;
        foreach (var element in document.All.Where(e => !Skipped(e, language)))
            foreach (var name in new[] { "title", "aria-label", "placeholder", "alt" })
                if (element.GetAttribute(name) is { } value && Normalize(value) is { Length: > 0 } text)
                    yield return text;
        yield return Normalize(document.Title ?? "");
    }

    static bool Skipped(IElement? element, string language)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "script" or "style" or "code" or "kbd" or "samp" or "pre" or "template")
                return true;
            if (e.GetAttribute("translate") == "no")
                return true;
            if (e.GetAttribute("lang") is { } lang && !lang.StartsWith(language, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    // The Latin words of a text that are neither stored data nor names the same in every language; codes written in
    // capitals (UTF, KGZ-ACAD, XXXX) and addresses (name@example.com) are not words a translator translates.
    static List<string> EnglishWords(string text, StoredData data)
    {
        if (!LatinWord().IsMatch(text) || data.Values.Contains(text))
            return [];
        var rest = text;
        // Stored values inside the text (a name in a sentence) are taken out whole, never from inside a word.
        foreach (var value in data.Longest)
            if (rest.Contains(value, StringComparison.Ordinal))
                rest = Regex.Replace(rest, $@"(?<!\w){Regex.Escape(value)}(?!\w)", " ");
        rest = Address().Replace(rest, " ");
        return [.. LatinWord().Matches(rest).Select(m => m.Value)
            .Where(w => !SameInEveryLanguage.Contains(w) && !data.Words.Contains(w) && !w.All(char.IsUpper))];
    }

    sealed record StoredData(HashSet<string> Values, IReadOnlyList<string> Longest, HashSet<string> Words);

    // Every text value of every table (and the text of stored HTML), as a page would show it.
    async Task<StoredData> StoredDataAsync() => await Factory.WithDatabaseAsync(async db =>
    {
        var values = new HashSet<string>(StringComparer.Ordinal);
        var parser = new HtmlParser();
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
            await db.Database.OpenConnectionAsync();
        foreach (var table in db.Model.GetRelationalModel().Tables)
            foreach (var column in table.Columns.Where(c => c.ProviderClrType == typeof(string)))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT \"{column.Name}\" FROM \"{table.Name}\" WHERE \"{column.Name}\" IS NOT NULL";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    var value = Convert.ToString(reader.GetValue(0)) ?? "";
                    if (value.Contains('<'))
                        foreach (var node in parser.ParseDocument(value).Body!.Descendants().OfType<IText>())
                            Add(node.Data);
                    foreach (var line in value.Split('\n'))
                        Add(WebUtility.HtmlDecode(line));
                }
            }
        return new StoredData(values, [.. values.Where(v => v.Length >= 2).OrderByDescending(v => v.Length)], []);

        void Add(string text)
        {
            if (Normalize(text) is { Length: > 0 } normalized)
                values.Add(normalized);
        }
    }) is var data
        // A single stored word (an id, a code, a country) may appear alone inside interface text.
        ? data with { Words = [.. data.Values.Where(v => !v.Contains(' '))] }
        : throw new InvalidOperationException();

    static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\S+@\S+")]
    private static partial Regex Address();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b[A-Za-z][a-z]+\b|\b[A-Z]{2,}\b")]
    private static partial Regex LatinWord();

    public sealed class OnSqlite(SqliteLmsFactory factory, ITestOutputHelper output)
        : InterfaceLanguageCrawlTests(factory, output), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory, ITestOutputHelper output)
        : InterfaceLanguageCrawlTests(factory, output), IClassFixture<PostgresLmsFactory>;
}
