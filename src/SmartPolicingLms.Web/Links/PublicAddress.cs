namespace SmartPolicingLms.Web.Links;

// The LMS as the public reaches it, for the links that leave it: a certificate's QR code and printed link, and an Open
// Badges credential's issuer, key set and evidence. They must open this LMS from anywhere, so they use the address set
// in configuration. In Production nothing carries a link until it is set (the log says which setting to set);
// elsewhere the address of the request stands in.
internal sealed class PublicAddress(IConfiguration configuration, IHostEnvironment environment, ILogger<PublicAddress> logger)
{
    public const string Setting = "Certificates:PublicBaseAddress";

    // False in Production while the setting is unset: nothing that carries a link may be made then (and the log says so).
    public bool Available(string neededFor)
    {
        if (!string.IsNullOrWhiteSpace(configuration[Setting]) || !environment.IsProduction())
            return true;
        LogMissing(neededFor);
        return false;
    }

    // The base address without a trailing slash; null (and logged) in Production while the setting is unset.
    public string? Of(HttpRequest request, string neededFor)
    {
        if (configuration[Setting] is { } configured && !string.IsNullOrWhiteSpace(configured))
            return configured.Trim().TrimEnd('/');
        if (environment.IsProduction())
        {
            LogMissing(neededFor);
            return null;
        }
        return $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
    }

    void LogMissing(string neededFor) =>
        logger.LogError("{NeededFor} was asked for but {Setting} is not set: set it (for example Certificates__PublicBaseAddress=https://lms.academy.example) so its links open this LMS.",
            neededFor, Setting);

    // An address of the site's (relative, as Links gives them) made absolute under the base address.
    public static string Absolute(string baseAddress, string link) => $"{baseAddress.TrimEnd('/')}/{link.TrimStart('/')}";
}

internal static class LinksServices
{
    public static IServiceCollection AddPublicAddress(this IServiceCollection services) => services.AddSingleton<PublicAddress>();
}
