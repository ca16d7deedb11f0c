using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Credentials;

// A credential as a verifier meets it: a compact JWS whose parts are read here by hand, and whose signature is checked
// with Microsoft's JWT library against the keys the issuer's profile points to, fetched as anyone would fetch them.
internal static class Tokens
{
    public static async Task<string> DownloadAsync(Visitor visitor, int certificateId)
    {
        var response = await visitor.GetAsync($"/certificates/{certificateId}/credential");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsStringAsync();
    }

    public static JsonObject Header(string token) => Part(token, 0);

    public static JsonObject Payload(string token) => Part(token, 1);

    // Every part decoded, for searching the whole token for what must not be in it.
    public static string Decoded(string token) => string.Join("\n", token.Split('.').Take(2)
        .Select(p => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(p))).Select(j => JsonNode.Parse(j)!.ToJsonString(Unescaped)));

    public static async Task<TokenValidationResult> ValidateAsync(Visitor anyone, string token)
    {
        var profile = JsonNode.Parse(await anyone.GetStringAsync("/credentials/issuer"))!;
        var keySetAddress = new Uri(profile["jwks_uri"]!.GetValue<string>());
        var keys = new JsonWebKeySet(await anyone.GetStringAsync(keySetAddress.AbsolutePath));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            IssuerSigningKeys = keys.GetSigningKeys(),
            ValidIssuer = profile["id"]!.GetValue<string>(),
            ValidAlgorithms = ["ES256"],
            ValidateAudience = false,
            RequireExpirationTime = false,
            // Only the key the header names: a key set with retired keys in it must still pick the right one.
            TryAllIssuerSigningKeys = false,
        });
    }

    static readonly System.Text.Json.JsonSerializerOptions Unescaped = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static JsonObject Part(string token, int index) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[index]))!.AsObject();

    static async Task<string> GetStringAsync(this Visitor visitor, string path)
    {
        var response = await visitor.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}
