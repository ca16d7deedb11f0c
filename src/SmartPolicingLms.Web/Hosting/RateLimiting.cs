using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SmartPolicingLms.Web.Hosting;

// The rate limiter features add their policies to (EnableRateLimiting on a page or endpoint names one). A refused
// request gets 429 with a short page a person can read, and a Retry-After.
internal static class RateLimiting
{
    public static IServiceCollection AddLmsRateLimiter(this IServiceCollection services) => services.AddRateLimiter(options =>
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, ct) =>
        {
            var response = context.HttpContext.Response;
            // A sliding window does not say when a permit frees up; a minute is the longest it can take.
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
            response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().Logger()
                .RateLimited(ClientAddress.Of(context.HttpContext), context.HttpContext.Request.Path);
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Too many requests</title></head>
                <body><main><h1>Too many requests</h1>
                <p>This address has been asked too often in the last minute. Wait a minute, then try again.</p></main></body></html>
                """, ct);
        };
    });
}

// The client's address as the server sees it (behind a proxy, with ASPNETCORE_FORWARDEDHEADERS_ENABLED=true, the
// forwarded one), used to keep one client's requests apart from another's.
internal static class ClientAddress
{
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
