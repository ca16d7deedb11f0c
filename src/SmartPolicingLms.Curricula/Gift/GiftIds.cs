using System.Text;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>Turns GIFT titles and file names into course ids.</summary>
internal static class GiftIds
{
    const int MaxLength = 64;

    /// <summary>
    /// Lower-case, every run of other characters one hyphen, <c>q-</c> in front of a leading
    /// digit, at most 64 characters. Empty when the text has no letter or digit a-z, 0-9.
    /// </summary>
    public static string IdForm(string text)
    {
        var id = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') id.Append(c);
            else if (id.Length > 0 && id[^1] != '-') id.Append('-');
        }
        var form = id.ToString().Trim('-');
        if (form.Length == 0) return "";
        if (form[0] is >= '0' and <= '9') form = "q-" + form;
        return Cut(form, MaxLength);
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

    static string Cut(string id, int length) => id.Length <= length ? id : id[..length].TrimEnd('-');
}
