using System.Text;

namespace SmartPolicingLms.Web.Features.Enrolment;

// How a recruit is written and looked up. Service numbers are compared as the academy writes them, ignoring case
// and spacing, so "gps 2026/014" on a roster finds "GPS 2026/014" already on record.
internal static class RecruitNames
{
    public static string? ServiceNumber(string? raw)
    {
        var folded = string.Join(' ', (raw ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
        return folded.Length == 0 ? null : folded;
    }

    public static string? Email(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();

    public static string DisplayName(string raw) => string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Whether two names on paper are the same person's, so re-importing a roster enrols rather than refuses them.
    public static bool SameName(string a, string b) =>
        string.Equals(DisplayName(a), DisplayName(b), StringComparison.OrdinalIgnoreCase);

    // The name a recruit without email signs in with once they have a password: their service number, reduced to
    // the letters, digits and hyphens Identity allows in a user name ("GPS 2026/014" -> "GPS-2026-014").
    public static string SignInNameFor(string serviceNumber)
    {
        var name = new StringBuilder();
        foreach (var c in serviceNumber)
        {
            if (char.IsAsciiLetterOrDigit(c))
                name.Append(c);
            else if (name.Length > 0 && name[^1] != '-')
                name.Append('-');
        }
        var result = name.ToString().Trim('-');
        return result.Length == 0 ? "recruit" : result;
    }
}
