using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing.Patterns;

namespace SmartPolicingLms.Web.Security;

// Gives endpoints that other code maps (the generated Identity pages, Blazor's own endpoints) explicit
// authorization metadata, so nothing relies on the fallback policy by accident and the authorization matrix
// can read every endpoint's intent.
internal static class EndpointAccess
{
    // The Identity pages under /Account (sign-in, lockout, password reset, passkey sign-in) stay open to anonymous
    // visitors, while /Account/Manage keeps its [Authorize]; the generated code itself is left untouched.
    public static TBuilder AllowAnonymousOnPublicIdentityPages<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymousWhere(path =>
            path.StartsWith("/Account/", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWith("/Account/Manage", StringComparison.OrdinalIgnoreCase));

    // Blazor's redirect helper after a form post, which the sign-in form needs before anyone is signed in.
    public static TBuilder AllowAnonymousOnBlazorRedirects<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymousWhere(path => path.Equals("/_framework/opaque-redirect", StringComparison.OrdinalIgnoreCase));

    static TBuilder AllowAnonymousWhere<TBuilder>(this TBuilder builder, Func<string, bool> matches)
        where TBuilder : IEndpointConventionBuilder
    {
        // Finally: runs after the endpoints' own attributes are in place, so an explicit [Authorize] wins.
        builder.Finally(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern: var pattern }
                && matches(PathOf(pattern))
                && !endpoint.Metadata.OfType<IAuthorizeData>().Any()
                && !endpoint.Metadata.OfType<IAllowAnonymous>().Any())
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return builder;
    }

    static string PathOf(RoutePattern pattern) => "/" + (pattern.RawText ?? "").TrimStart('/');
}
