namespace SmartPolicingLms.Web.Features.Partners;

// The countries a partner organisation may be recorded in for now: those of the shipped programmes and their
// neighbours. A stopgap until the partner forms use the full ISO 3166 list the institution forms get (issue 18, part 5).
internal static class PartnerCountries
{
    static readonly IStringLocalizer T = Localizers.For<PartnersStrings>();

    public static readonly IReadOnlyList<string> Codes = ["GH", "IN", "KZ", "KE", "KG", "MM", "RU", "TJ", "UZ"];

    public static bool IsListed(string? code) => code is not null && Codes.Contains(code.Trim().ToUpperInvariant());

    // The code itself when it is not on the list (an organisation recorded some other way still reads as something).
    public static string Name(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        null or "" => T["Not recorded"],
        "GH" => T["Ghana"],
        "IN" => T["India"],
        "KZ" => T["Kazakhstan"],
        "KE" => T["Kenya"],
        "KG" => T["Kyrgyzstan"],
        "MM" => T["Myanmar"],
        "RU" => T["Russia"],
        "TJ" => T["Tajikistan"],
        "UZ" => T["Uzbekistan"],
        var other => other,
    };

    // In the reader's alphabet order, as a person looks for a name.
    public static IEnumerable<(string Code, string Name)> Options() =>
        Codes.Select(c => (c, Name(c))).OrderBy(c => c.Item2, StringComparer.CurrentCulture);
}
