using System.Globalization;
using System.Text.RegularExpressions;

namespace SmartPolicingLms.Curricula.Validation;

/// <summary>
/// Rules for text that is printed exactly as written (a certificate's title and statement): one line, no Markdown or
/// HTML marks, since a certificate or a badge would show them as they are.
/// </summary>
internal static partial class PlainText
{
    const string Markup = "<>*_`[]\\";

    /// <summary>What keeps the text from being plain text on one line, in words; null when nothing does.</summary>
    public static string? Problem(string text)
    {
        foreach (var c in text)
        {
            if (c is '\n' or '\r' || char.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                return "a line break";
            if (char.IsControl(c)) return $"a control character (U+{(int)c:X4})";
            if (Markup.Contains(c)) return $"'{c}'";
        }
        return null;
    }

    /// <summary>Characters as a reader counts them, so a letter with a combining mark counts once.</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>True when the text ends as a sentence does, with a closing quotation mark or bracket allowed after.</summary>
    public static bool EndsLikeASentence(string text) => SentenceEnd().IsMatch(text);

    /// <summary>The first word of a second sentence inside the text, or null when there is none.</summary>
    public static string? SecondSentence(string text) => NextSentence().Match(text) is { Success: true } m ? m.Groups["word"].Value : null;

    [GeneratedRegex(@"[.!?…。।؟][""'”’»)]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[.!?…。।؟][""'”’»)]*\s+(?<word>\p{Lu}\w*)")]
    private static partial Regex NextSentence();
}
