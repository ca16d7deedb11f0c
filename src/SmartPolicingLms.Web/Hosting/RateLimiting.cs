using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;

namespace SmartPolicingLms.Web.Hosting;

// The rate limiter features add their policies to (EnableRateLimiting on a page or endpoint names one). A refused
// request gets 429 with a short page a person can read, in their language, and a Retry-After.
internal static class RateLimiting
{
    static readonly IStringLocalizer T = Localizers.For<HostingStrings>();

    public static IServiceCollection AddLmsRateLimiter(this IServiceCollection services) => services.AddRateLimiter(options =>
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, ct) =>
        {
            var response = context.HttpContext.Response;
            // A sliding window does not say when a permit frees up; a minute is the longest it can take.
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().Logger()
                .RateLimited(ClientAddress.Of(context.HttpContext), context.HttpContext.Request.Path);
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(PlainPage.Html(context.HttpContext, T["Too many requests"],
                T["This address has been asked too often in the last minute. Wait a minute, then try again."]), ct);
        };
    });
}

// A page written without the layout (answers given before or instead of the app's pages), in the request's language
// and marked with it.
internal static class PlainPage
{
    public static string Html(HttpContext context, string title, string text)
    {
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;
        var language = Languages.Supported(culture.Name) ?? Languages.English;
        return $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title></head>
            <body><main><h1>{WebUtility.HtmlEncode(title)}</h1>
            <p>{WebUtility.HtmlEncode(text)}</p></main></body></html>
            """;
    }
}

// The client's address as the server sees it (behind a proxy, with ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, the
// forwarded one), used to keep one client's requests apart from another's.
internal static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
