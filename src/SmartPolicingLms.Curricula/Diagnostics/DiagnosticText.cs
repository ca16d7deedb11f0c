using System.Globalization;
using System.Text;

namespace SmartPolicingLms.Curricula.Diagnostics;

/// <summary>
/// Makes text from a course folder safe to print inside a one-line diagnostic. A file name or a
/// value may hold a line break that would start a forged diagnostic line, or a bidirectional
/// control that reorders what the reader sees; each such character is shown as an escape instead.
/// </summary>
public static class DiagnosticText
{
    /// <summary>
    /// The text with every control character (C0, DEL, C1), line or paragraph separator, format
    /// character (bidi controls, zero-width characters, byte order mark) and unpaired surrogate
    /// written as <c>\n</c>, <c>\r</c>, <c>\t</c> or <c>\uXXXX</c>; other text is unchanged.
    /// </summary>
    public static string Escape(string text)
    {
        var first = FirstUnsafe(text);
        if (first < 0) return text;
        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32(c, text[i + 1]);
                if (IsUnsafe(CharUnicodeInfo.GetUnicodeCategory(scalar))) escaped.Append($"\\U{scalar:X8}");
                else escaped.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsUnsafe(c)) escaped.Append(Visible(c));
            else escaped.Append(c);
        }
        return escaped.ToString();
    }

    static int FirstUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and < '\u007F') continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (IsUnsafe(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1])))) return i;
                i++;
            }
            else if (IsUnsafe(c)) return i;
        }
        return -1;
    }

    static bool IsUnsafe(char c) => char.IsSurrogate(c) || IsUnsafe(CharUnicodeInfo.GetUnicodeCategory(c));

    // Control (C0, DEL, C1 with NEL), format (bidi embeddings, overrides and isolates, marks, zero-width joiners, BOM),
    // and the line and paragraph separators U+2028 and U+2029.
    static bool IsUnsafe(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    static string Visible(char c) => c switch
    {
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => $"\\u{(int)c:X4}",
    };
}
