using System.Globalization;
using System.Text;

namespace SmartPolicingLms.Web.Features.CertificateExport;

// File names that every system a graduation's files travel through accepts: Windows (no < > : " / \ | ? *, no
// trailing dot or space, no device names such as CON or LPT1), macOS and Linux (no slash, no NUL), and archive
// tools that cut long names. Letters of any script are kept, so a Kyrgyz name reads as itself in the folder.
internal static class CertificateFileName
{
    // Bytes of UTF-8, with room for the extension: ext4 and most ZIP tools allow 255 per name.
    public const int MostBytes = 120;

    static readonly string[] DeviceNames =
    [
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    ];

    // "KGZ-2026-00017 Айгүл Өмүрбекова.pdf": the serial first, so the files sort as the register does and two
    // recruits of the same name never collide (the serial is unique).
    public static string Of(string serial, string recruitName) => Safe($"{serial} {recruitName}", "certificate") + ".pdf";

    // The text made safe as the stem of a file name (the caller adds the extension); the fallback when nothing is left.
    public static string Safe(string text, string fallback)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormC).EnumerateRunes())
            kept.Append(Allowed(rune) ? rune.ToString() : " ");
        var stem = Shorten(string.Join(' ', kept.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        // Dots or spaces at either end: Windows drops the trailing ones and Unix hides names that start with a dot.
        stem = stem.Trim('.', ' ');
        if (stem.Length == 0)
            return fallback;
        var device = stem.Split('.')[0].TrimEnd(' ');
        return DeviceNames.Contains(device, StringComparer.OrdinalIgnoreCase) ? "_" + stem : stem;
    }

    static bool Allowed(Rune rune)
    {
        if (rune == Rune.ReplacementChar || rune.Value < 0x20 || "<>:\"/\\|?*".Contains(rune.ToString(), StringComparison.Ordinal))
            return false;
        // Control and format characters (a right-to-left override can disguise an extension), separators other than
        // the plain space, and characters no version of Unicode assigns.
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            UnicodeCategory.SpaceSeparator => rune.Value == ' ',
            _ => true,
        };
    }

    // Cut at a whole character (a letter with its accents, an emoji) so no name ends in half of one.
    static string Shorten(string text)
    {
        if (Encoding.UTF8.GetByteCount(text) <= MostBytes)
            return text;
        var result = new StringBuilder();
        var bytes = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            bytes += Encoding.UTF8.GetByteCount(element);
            if (bytes > MostBytes)
                break;
            result.Append(element);
        }
        return result.ToString();
    }
}
