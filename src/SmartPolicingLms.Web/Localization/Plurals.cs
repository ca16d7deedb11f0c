using System.Globalization;

namespace SmartPolicingLms.Web.Localization;

/// <summary>The plural categories of the Unicode CLDR that the interface's languages use.</summary>
internal enum PluralCategory
{
    One,
    Few,
    Many,
    Other,
}

/// <summary>
/// Chooses the form of a counted word: "1 hour, 2 hours" in English, "1 час, 2 часа, 5 часов, 1,5 часа" in Russian,
/// "1 саат, 5 саат" in Kyrgyz, which does not inflect a noun after a numeral. The rules are CLDR's cardinal rules for
/// en, ru and ky; a message gives its forms in the order of <see cref="FormsOf"/>, separated by '|'.
/// </summary>
internal static class Plurals
{
    /// <summary>The categories a message lists forms for, in order, for a language.</summary>
    public static IReadOnlyList<PluralCategory> FormsOf(CultureInfo culture) => Language(culture) switch
    {
        "ru" => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
        _ => [PluralCategory.One, PluralCategory.Other],
    };

    /// <summary>CLDR's cardinal category of <paramref name="count"/> in the culture's language.</summary>
    public static PluralCategory Category(CultureInfo culture, decimal count)
    {
        var n = Math.Abs(count);
        var integer = n == decimal.Truncate(n);
        return Language(culture) switch
        {
            "ru" when !integer => PluralCategory.Other,
            "ru" => Russian((long)(n % 100)),
            // English and Kyrgyz: "one" is exactly 1 with no visible fraction (1.0 written as "1").
            _ => integer && n == 1 ? PluralCategory.One : PluralCategory.Other,
        };
    }

    /// <summary>
    /// The form of <paramref name="forms"/> ("{0} hour|{0} hours") for <paramref name="count"/>, with {0} the count
    /// written in the culture. A message with one form uses it for every count (Kyrgyz nouns after numerals).
    /// </summary>
    public static string Format(CultureInfo culture, decimal count, string forms)
    {
        var written = forms.Split('|');
        var order = FormsOf(culture);
        var form = written.Length == 1 ? written[0] : written[Math.Min(IndexOf(order, Category(culture, count)), written.Length - 1)];
        return string.Format(culture, form, count);
    }

    static PluralCategory Russian(long lastTwo) => (lastTwo % 10, lastTwo) switch
    {
        (_, >= 11 and <= 14) => PluralCategory.Many,
        (1, _) => PluralCategory.One,
        (>= 2 and <= 4, _) => PluralCategory.Few,
        _ => PluralCategory.Many,
    };

    static int IndexOf(IReadOnlyList<PluralCategory> order, PluralCategory category)
    {
        for (var i = 0; i < order.Count; i++)
            if (order[i] == category) return i;
        return order.Count - 1;
    }

    static string Language(CultureInfo culture) => culture.TwoLetterISOLanguageName;
}
