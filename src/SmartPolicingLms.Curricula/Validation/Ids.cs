using System.Text;
using System.Text.RegularExpressions;

namespace SmartPolicingLms.Curricula.Validation;

/// <summary>
/// The form every id takes: lower-case words of letters and digits joined by hyphens. The letters may be Latin
/// or Russian and Kyrgyz Cyrillic; the course keeps every id in Latin letters (its key), so <c>вич-1</c> is
/// stored, linked and compared as <c>vich-1</c>.
/// </summary>
internal static partial class Ids
{
    public const int MaxLength = 64;

    public const string Rule = "lower-case letters (a-z, or Russian and Kyrgyz а-я, ё, ң, ө, ү), digits 0-9 and single hyphens, "
        + "starting with a letter, at most 64 characters once written in Latin letters";

    // ъ and ь have no Latin letter, so the key is checked too: "ь-1" would be stored as "-1".
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id) && Key(id) is { Length: <= MaxLength } key && LatinPattern().IsMatch(key);

    /// <summary>The id in Latin letters, as the course stores it; ids already in Latin letters are unchanged.</summary>
    public static string Key(string id)
    {
        if (id.All(char.IsAscii)) return id;
        var key = new StringBuilder(id.Length * 2);
        foreach (var c in id) key.Append(Cyrillic.ToLatin(c) ?? c.ToString());
        return key.ToString();
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex LatinPattern();

    [GeneratedRegex("^[a-zа-яёңөү][a-z0-9а-яёңөү]*(-[a-z0-9а-яёңөү]+)*$")]
    private static partial Regex Pattern();
}
