using System.Net;
using System.Text.RegularExpressions;

namespace SmartPolicingLms.Curricula.ItemWriting;

/// <summary>The words the item-writing check looks for, in the course languages (English, Russian, Kyrgyz).</summary>
internal static partial class ItemWords
{
    public static bool IsAllOrNoneOfTheAbove(string option) => AllOrNone().IsMatch(option);

    /// <summary>The first word that joins two parts of a statement, or null.</summary>
    public static string? Joiner(string statement) => Joining().Match(statement) is { Success: true } m ? m.Groups["word"].Value : null;

    public static string TextOf(string html) => WebUtility.HtmlDecode(Tags().Replace(html, " "));

    // English "all/none/both of the above", "all the above"; Russian "все/всё вышеперечисленное", "ничего из
    // вышеперечисленного", "ни один из вышеперечисленных"; Kyrgyz "жогорудагылардын баары", "... бири да эмес".
    [GeneratedRegex(@"\b(?:all|none|both|neither)\s+(?:of\s+)?the\s+above\b|вышеперечисл|жогорудагы", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllOrNone();

    // "and"/"or" in English, "и"/"или" in Russian, "жана"/"же" in Kyrgyz, as whole words.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<word>and|or|и|или|жана|же)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Joining();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
