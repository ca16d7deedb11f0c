namespace SmartPolicingLms.Web.Links;

// Where to go back to after signing in or out, read from an address anyone can write (?ReturnUrl=...). Only a path
// inside this LMS is kept, returned relative to the site's base ("cohorts/7", "" for the home page). Anything else
// (another site, a scheme such as javascript:, a protocol-relative "//host" or "/\host" that browsers treat alike,
// backslashes, control characters that could split a header) becomes "", the home page: a normal page, never an
// error and never a redirect elsewhere.
internal static class LocalReturn
{
    public static string Of(string? candidate, string? baseUri = null)
    {
        if (string.IsNullOrWhiteSpace(candidate))
            return "";
        var text = candidate.Trim();
        if (baseUri is { Length: > 0 } && text.StartsWith(baseUri, StringComparison.OrdinalIgnoreCase))
            text = "/" + text[baseUri.Length..];
        if (text.StartsWith("~/", StringComparison.Ordinal))
            text = text[1..];
        if (text.Any(c => char.IsControl(c) || c == '\\')
            || text.StartsWith("//", StringComparison.Ordinal)
            || HasScheme(text)
            || !Uri.IsWellFormedUriString(text, UriKind.Relative))
            return "";
        return text.TrimStart('/');
    }

    // "javascript:x", "https:evil.example": a colon before the first slash, question mark or hash names a scheme.
    static bool HasScheme(string text)
    {
        var colon = text.IndexOf(':');
        var end = text.IndexOfAny(['/', '?', '#']);
        return colon >= 0 && (end < 0 || colon < end);
    }
}
