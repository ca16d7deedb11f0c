using System.Collections.Frozen;
using System.Globalization;

namespace SmartPolicingLms.Web.Features.Institutions;

// Every ISO 3166-1 country and the IANA time zones of each. .NET knows neither every country (RegionInfo has no
// Western Sahara) nor which zones belong to which country, so both come from the time-zone database's own tables,
// shipped beside this file unchanged (iso3166.tab and zone.tab, public domain; replace both from a newer tzdata).
internal static class Countries
{
    static readonly IStringLocalizer T = Localizers.For<InstitutionsStrings>();

    // Code → the tzdata's English name, the last resort when .NET cannot name a country in the reader's language.
    static readonly FrozenDictionary<string, string> EnglishNames = Rows("iso3166.tab")
        .ToFrozenDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    // Only zones this server's time-zone database knows: sessions are converted with them.
    static readonly FrozenDictionary<string, string[]> Zones = Rows("zone.tab")
        .Where(r => IsKnownZone(r[2]))
        .GroupBy(r => r[0], r => r[2])
        .ToFrozenDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

    public static IEnumerable<string> Codes => EnglishNames.Keys;

    public static bool IsKnown(string? code) => Normal(code) is { } c && EnglishNames.ContainsKey(c);

    // Upper case and trimmed; null when empty.
    public static string? Normal(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();

    // The zones of a country; the two uninhabited ones the database gives none (Bouvet Island, Heard Island) keep UTC.
    public static IReadOnlyList<string> ZonesOf(string? code) =>
        !IsKnown(code) ? [] : Zones.TryGetValue(Normal(code)!, out var zones) ? zones : ["Etc/UTC"];

    public static bool HasZone(string? code, string? zone) =>
        !string.IsNullOrWhiteSpace(zone) && ZonesOf(code).Contains(zone.Trim(), StringComparer.Ordinal);

    // Every country, named in the reader's language and in the reader's alphabetical order.
    public static IReadOnlyList<(string Code, string Name)> ByName()
    {
        var order = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        return [.. EnglishNames.Keys.Select(c => (Code: c, Name: Name(c))).OrderBy(c => c.Name, order)];
    }

    // Reviewed words for the countries the programmes run in and their neighbours; any other country as .NET names it
    // in the reader's language; failing that, in English.
    public static string Name(string code) => Normal(code) switch
    {
        "KG" => T["Kyrgyzstan"],
        "KZ" => T["Kazakhstan"],
        "TJ" => T["Tajikistan"],
        "UZ" => T["Uzbekistan"],
        "RU" => T["Russia"],
        "GH" => T["Ghana"],
        "KE" => T["Kenya"],
        "IN" => T["India"],
        "MM" => T["Myanmar"],
        { } c => NameFromDotNet(c) ?? EnglishNames.GetValueOrDefault(c, c),
        null => "",
    };

    // .NET names regions only in their own language (RegionInfo.DisplayName) but names cultures in the reader's:
    // "английский (Гана)" for en-GH read in Russian. The part in brackets is the country.
    static string? NameFromDotNet(string code)
    {
        try
        {
            var language = CultureInfo.GetCultureInfo("en").DisplayName;
            var name = CultureInfo.GetCultureInfo("en-" + code).DisplayName;
            return name.StartsWith(language + " (", StringComparison.Ordinal) && name.EndsWith(')')
                && name[(language.Length + 2)..^1] is { Length: > 0 } country && country != code
                ? country
                : null;
        }
        catch (CultureNotFoundException)
        {
            // Invariant globalization, or a code ICU does not know.
            return null;
        }
    }

    static bool IsKnownZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;

    static IEnumerable<string[]> Rows(string file)
    {
        using var stream = typeof(Countries).Assembly.GetManifestResourceStream("Countries." + file)
            ?? throw new InvalidOperationException($"The country table {file} is not embedded in the app.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && line[0] != '#')
                rows.Add(line.Split('\t'));
        return rows;
    }
}
