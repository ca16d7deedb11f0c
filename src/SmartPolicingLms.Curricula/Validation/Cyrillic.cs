namespace SmartPolicingLms.Curricula.Validation;

/// <summary>
/// The Latin spelling of Russian and Kyrgyz letters, so ids written or titled in Cyrillic are stored in
/// the same Latin letters everywhere (web addresses, exports, the database) and stay the same when
/// questions are reordered. The table is the readable one of passports and road signs (BGN/PCGN-like),
/// with Kyrgyz ң ng, ө oe, ү ue; ъ and ь are not written.
/// </summary>
internal static class Cyrillic
{
    static readonly Dictionary<char, string> Latin = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "yo", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['ң'] = "ng",
        ['о'] = "o", ['ө'] = "oe", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ү'] = "ue",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y",
        ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>True for a lower-case letter of the table.</summary>
    public static bool IsLetter(char c) => Latin.ContainsKey(c);

    /// <summary>The Latin spelling of a lower-case letter of the table, or null for any other character.</summary>
    public static string? ToLatin(char c) => Latin.GetValueOrDefault(c);
}
