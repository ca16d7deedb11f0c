using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Authorization;

// The app's endpoints as routing knows them, Razor component pages included.
internal static class Endpoints
{
    public static IReadOnlyList<RouteEndpoint> All(LmsFactory factory) =>
        [.. factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    public static bool IsStaticAsset(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is not null;

    public static string Pattern(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');

    public static IReadOnlyList<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];

    // The patterns a browser opens: every endpoint that answers GET, static assets aside.
    public static IReadOnlyList<string> Pages(LmsFactory factory) =>
        [.. All(factory).Where(e => !IsStaticAsset(e) && RequestMethod(Methods(e)) == "GET")
            .Select(Pattern).Distinct().Order(StringComparer.Ordinal)];

    // GET wherever the endpoint takes it; otherwise the one method it takes (the POST-only account endpoints).
    public static string RequestMethod(IReadOnlyList<string> methods) =>
        methods.Count == 0 || methods.Contains("GET") ? "GET" : methods[0];

    // A POST carries the visitor's own antiforgery token (and the returnUrl the sign-out form sends), so what answers is authorization, not a missing token.
    public static async Task<HttpResponseMessage> RequestAsync(Visitor visitor, string method, string url)
    {
        if (method == "GET")
            return await visitor.GetAsync(url);
        var login = await visitor.OpenAsync("/Account/Login");
        var token = login.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No antiforgery token on the sign-in page.");
        return await visitor.PostAsync(url,
            [KeyValuePair.Create("__RequestVerificationToken", token), KeyValuePair.Create("returnUrl", "")]);
    }
}
