using System.Globalization;
using System.Text;

namespace SmartPolicingLms.Curricula.Folder;

/// <summary>
/// What a file or folder name of a course may hold. A name is printed in diagnostics and stored
/// with the version, so characters that break a line or reorder text are refused; a course must
/// also unpack on the Windows machines of academies, so names Windows cannot hold are reported.
/// </summary>
internal static class FileNames
{
    /// <summary>
    /// True for characters that would let a name forge or hide a line of output: control
    /// characters (newline, tab, escape, NEL), the Unicode line and paragraph separators, and the
    /// bidirectional overrides and isolates that make a terminal show text in another order.
    /// </summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    public static bool HasUnsafe(string name) => name.Any(IsUnsafe);

    /// <summary>The name with each unsafe character written out (<c>\n</c>, <c>\u2028</c>), safe to print on one line.</summary>
    public static string Escape(string name)
    {
        if (!HasUnsafe(name)) return name;
        var escaped = new StringBuilder();
        foreach (var c in name)
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsUnsafe(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }

    static readonly string[] ReservedOnWindows =
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(0, 10).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" }), "COM¹", "COM²", "COM³", "LPT¹", "LPT²", "LPT³"];

    /// <summary>Why Windows cannot hold this name, or null when it can.</summary>
    public static string? WhyNotOnWindows(string name)
    {
        var stem = name.Split('.')[0].TrimEnd(' ');
        if (ReservedOnWindows.Contains(stem, StringComparer.OrdinalIgnoreCase))
            return $"'{stem}' is a device name on Windows, which cannot hold a file named so with any extension";
        var bad = name.FirstOrDefault(c => c is '<' or '>' or ':' or '"' or '\\' or '|' or '?' or '*');
        if (bad != default) return $"Windows does not allow the character '{bad}' in a file name";
        if (name.EndsWith('.') || name.EndsWith(' ')) return "Windows drops a dot or space at the end of a name, so the file would lose its name";
        return null;
    }
}
