using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SmartPolicingLms.Curricula.Validation;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>Turns GIFT titles and file names into course ids.</summary>
internal static class GiftIds
{
    const int MaxLength = Ids.MaxLength;

    /// <summary>
    /// Lower-case, Russian and Kyrgyz letters in their Latin spelling (<c>ВИЧ 1</c> is <c>vich-1</c>), accents
    /// dropped (<c>é</c> is <c>e</c>), every run of other characters one hyphen, <c>q-</c> in front of a leading
    /// digit, at most 64 characters. Letters or digits of any other script cannot be spelled so: the id then ends
    /// in eight hexadecimal digits of the title's hash, so it stays the same on reordering and differs from any
    /// other title's. Empty only when the title has no letter or digit at all.
    /// </summary>
    public static string IdForm(string text)
    {
        var id = new StringBuilder();
        var unspelled = false;
        var lower = text.Normalize(NormalizationForm.FormC).ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') id.Append(c);
            else if (Cyrillic.ToLatin(c) is { } latin) id.Append(latin);
            else if (Unaccented(c) is { } plain) id.Append(plain);
            else
            {
                var scalar = char.IsHighSurrogate(c) && i + 1 < lower.Length ? char.ConvertToUtf32(c, lower[++i]) : c;
                if (IsLetterOrDigit(scalar)) unspelled = true;
                if (id.Length > 0 && id[^1] != '-') id.Append('-');
            }
        }
        var form = id.ToString().Trim('-');
        if (form.Length > 0 && form[0] is >= '0' and <= '9') form = "q-" + form;
        if (!unspelled) return form.Length == 0 ? "" : Cut(form, MaxLength);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lower.Trim())))[..8];
        return Cut(form.Length == 0 ? "q" : form, MaxLength - hash.Length - 1) + "-" + hash;
    }

    /// <summary>For an untitled question: the file's name and its place, such as <c>moodle-export-3</c>.</summary>
    public static string FromPlace(string filePath, int ordinal)
    {
        var name = filePath[(filePath.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        var stem = IdForm(dot > 0 ? name[..dot] : name);
        var suffix = "-" + ordinal;
        return Cut(stem.Length == 0 ? "q" : stem, MaxLength - suffix.Length) + suffix;
    }

    // A Latin letter with accents, such as é or ñ, is its plain letter.
    static char? Unaccented(char c)
    {
        if (c < '\u00C0') return null;
        var first = c.ToString().Normalize(NormalizationForm.FormD)[0];
        return first is >= 'a' and <= 'z' ? first : null;
    }

    static bool IsLetterOrDigit(int scalar) => CharUnicodeInfo.GetUnicodeCategory(scalar) is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber;

    static string Cut(string id, int length) => id.Length <= length ? id : id[..length].TrimEnd('-');
}
