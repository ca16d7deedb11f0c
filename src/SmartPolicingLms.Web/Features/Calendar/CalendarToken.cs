using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartPolicingLms.Web.Features.Calendar;

// The secret in a feed's address. Calendar apps send no cookies, so whoever holds the link can read the feed:
// 32 random bytes (256 bits) cannot be guessed, and replacing the token revokes every copy of the old link.
internal static class CalendarToken
{
    public const int MaxLength = 64;

    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static bool LooksValid(string? token) =>
        token is { Length: > 0 and <= MaxLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
