using System.Security.Cryptography;
using System.Text;

namespace SmartPolicingLms.Web.Features.Enrolment;

// First-time codes printed for recruits. 20 symbols of 32 are 100 bits: far beyond guessing, so a plain SHA-256
// is stored (500 codes in milliseconds) and wrong tries are throttled per address (SignInLimits).
internal static class SignInCodes
{
    // Capitals and digits without 0/O, 1/I: read aloud or copied from paper onto a phone, in any case.
    const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string NewCode()
    {
        var symbols = RandomNumberGenerator.GetItems<char>(Alphabet, 20);
        return string.Join('-', symbols.Chunk(4).Select(group => new string(group)));
    }

    public static SignInCode Issue(string userId, string code, string issuedBy, DateTime now) => new()
    {
        UserId = userId, CodeHash = Hash(code), IssuedByUserId = issuedBy, IssuedAt = now, ExpiresAt = now + Lifetime,
    };

    // The code as typed: spaces, hyphens and case do not matter.
    public static string Hash(string code)
    {
        var typed = new string([.. code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(typed)));
    }

    // Constant time, so how long a wrong code takes says nothing about how much of it was right.
    public static bool Matches(SignInCode stored, string typed) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.CodeHash), Encoding.ASCII.GetBytes(Hash(typed)));
}
