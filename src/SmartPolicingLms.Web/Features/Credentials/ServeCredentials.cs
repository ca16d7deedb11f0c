using System.Text.Json.Nodes;

namespace SmartPolicingLms.Web.Features.Credentials;

// The credential of a certificate, for whoever may have the certificate; and, for anyone with no account, the issuer's
// profile and key set that a verifier needs to check one.
internal static class ServeCredentials
{
    const string JsonType = "application/json";
    // RFC 7517's media type for a key set.
    const string KeySetType = "application/jwk-set+json";

    public static IEndpointRouteBuilder MapCredentials(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CredentialLinks.CredentialPattern, CredentialAsync).RequireAuthorization();
        endpoints.MapGet(CredentialLinks.IssuerPattern, Issuer).AllowAnonymous();
        endpoints.MapGet(CredentialLinks.KeySetPattern, KeySetAsync).AllowAnonymous();
        return endpoints;
    }

    // The issuer, key set and evidence the credential names must open this LMS from anywhere (PublicAddress).
    static async Task<IResult> CredentialAsync(int id, HttpContext context, DownloadCredential download, PublicAddress address,
        CancellationToken ct)
    {
        if (address.Of(context.Request, "An Open Badges credential") is not { } publicBase)
            return NoPublicAddress();
        var outcome = await download.HandleAsync(id, publicBase, ct);
        if (outcome.Kind == RefusalKind.NotFound)
            return Results.NotFound();
        if (!outcome.Succeeded)
            return Results.Text(outcome.Errors[0].ErrorMessage, "text/plain; charset=utf-8", statusCode: LmsPage.StatusCodeOf(outcome.Kind));
        // Names the recruit's institution and course: no proxy or shared cache may keep a copy.
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(System.Text.Encoding.ASCII.GetBytes(outcome.Value!.Token), VcJwt.MediaType, outcome.Value.FileName);
    }

    static IResult Issuer(HttpContext context, PublicAddress address) =>
        address.Of(context.Request, "The Open Badges issuer profile") is { } publicBase
            ? Results.Text(IssuerProfile.For(publicBase).ToJsonString(), JsonType)
            : NoPublicAddress();

    static async Task<IResult> KeySetAsync(HttpContext context, SigningKeys keys, CancellationToken ct)
    {
        // Short, so a rotation reaches verifiers soon; a verifier that meets an unknown key id fetches the set again.
        context.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Text(new JsonObject { ["keys"] = new JsonArray([.. (await keys.PublishedAsync(ct)).Select(k => k.DeepClone())]) }
            .ToJsonString(), KeySetType);
    }

    static readonly IStringLocalizer T = Localizers.For<CredentialsStrings>();

    static IResult NoPublicAddress() =>
        Results.Problem(T["Open Badges credentials cannot be issued until the administrator sets the LMS's public address."],
            statusCode: StatusCodes.Status503ServiceUnavailable);
}
