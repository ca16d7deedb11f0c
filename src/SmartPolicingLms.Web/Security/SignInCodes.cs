using System.Security.Cryptography;
using System.Text;

namespace SmartPolicingLms.Web.Security;

// The one kind of one-time sign-in code, for every role: made by an administrator for a new account or a reset
// sign-in, by an instructor for recruits (code sheets), and at first start for the first administrator. 20 symbols
// of 32 are 100 bits: far beyond guessing, so a plain SHA-256 is stored (500 codes in milliseconds) and wrong tries
// are throttled per address (SignInLimits). Used once, within its lifetime; the person then chooses a password.
internal static class SignInCodes
{
    // Capitals and digits without 0/O, 1/I: read aloud or copied from paper onto a phone, in any case.
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    const int Length = 20;
    const int GroupSize = 4;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    // Shown in groups with hyphens ("K7QM-…"); typed any way (see Normalise).
    public static string NewCode()
    {
        var symbols = RandomNumberGenerator.GetItems<char>(Alphabet, Length);
        return string.Join('-', symbols.Chunk(GroupSize).Select(group => new string(group)));
    }

    public static SignInCode Issue(string userId, string code, string issuedBy, DateTime now) => new()
    {
        UserId = userId, CodeHash = Hash(code), IssuedByUserId = issuedBy, IssuedAt = now, ExpiresAt = now + Lifetime,
    };

    // The code as typed: spaces, hyphens and case do not matter.
    public static string Normalise(string typed) =>
        new([.. typed.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);

    public static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(Normalise(code))));

    // Constant time, so how long a wrong code takes says nothing about how much of it was right.
    public static bool Matches(SignInCode stored, string typed) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored.CodeHash), Encoding.ASCII.GetBytes(Hash(typed)));

    // Text with the shape of a code, however typed: refused as a chosen password, since the code it may be was on
    // paper or on a screen (the code itself is gone once used, so it cannot be compared).
    public static bool LooksLikeOne(string text)
    {
        var symbols = Normalise(text);
        return symbols.Length == Length && symbols.All(Alphabet.Contains)
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ' ');
    }
}
