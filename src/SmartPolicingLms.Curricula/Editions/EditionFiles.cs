using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartPolicingLms.Curricula.Editions;

/// <summary>
/// How edition files are named: the English (reference) file's name with a language tag before the extension,
/// <c>course.ru.md</c>, <c>modules/01-x.ky.md</c>, <c>questions/bank.ru.gift</c>. A tag is a language code of two or
/// three lower-case letters, optionally with a region in capitals (<c>ru-KG</c>), as BCP 47 writes them.
/// </summary>
internal static partial class EditionFiles
{
    /// <summary>The edition file's language tag and the path of its reference file; null for a reference file.</summary>
    public static (string Tag, string ReferencePath)? Parse(string path)
    {
        var match = EditionName().Match(path);
        if (!match.Success) return null;
        return (match.Groups["tag"].Value, match.Groups["stem"].Value + match.Groups["ext"].Value);
    }

    /// <summary>The path of a reference file's sibling in the edition <paramref name="tag"/>.</summary>
    public static string Sibling(string referencePath, string tag)
    {
        var dot = referencePath.LastIndexOf('.');
        return referencePath[..dot] + "." + tag + referencePath[dot..];
    }

    /// <summary>True for a file that has a place in an edition: course.md, a module, a question file.</summary>
    public static bool IsTranslatable(string referencePath) =>
        referencePath == "course.md"
        || referencePath.StartsWith("modules/", StringComparison.Ordinal)
        || referencePath.StartsWith("questions/", StringComparison.Ordinal);

    /// <summary>True when the tag names a language .NET knows (<c>ru</c>, <c>ky</c>, <c>ru-KG</c>), not a made-up one.</summary>
    public static bool IsKnownLanguage(string tag)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(tag);
            return !culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) && culture.ThreeLetterISOLanguageName.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The language's English name for messages (<c>Russian</c>), or the tag when .NET does not know it.</summary>
    public static string Name(string tag) => IsKnownLanguage(tag) ? CultureInfo.GetCultureInfo(tag).EnglishName : tag;

    // Only Markdown and GIFT are translated; the extension is matched in lower case as the folder reader does.
    [GeneratedRegex(@"^(?<stem>(?:[^/]+/)?[^/]+?)\.(?<tag>[a-z]{2,3}(?:-[A-Z]{2})?)(?<ext>\.md|\.gift)$")]
    private static partial Regex EditionName();
}
