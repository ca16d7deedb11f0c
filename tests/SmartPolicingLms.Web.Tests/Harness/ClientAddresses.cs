using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace SmartPolicingLms.Web.Tests.Harness;

// The test server has no network, so every request would come from nowhere. Here each Visitor says where it is
// in a header only the test host reads (the app itself never trusts a header for this), so tests can place
// browsers on one network or on several, as rate limits and throttling see them.
public sealed class ClientAddresses : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";
    static int issued;

    // A fresh address for each new browser, as each person on their own connection has one.
    public static string Next()
    {
        var n = Interlocked.Increment(ref issued);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value, out var address))
                context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
