using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SmartPolicingLms.Web.Features.Credentials;

// A P-256 public key as a JSON Web Key (RFC 7517), named by its thumbprint (RFC 7638): the key id follows from the key
// itself, so it can never name another one.
internal static class Jwk
{
    public static string Thumbprint(ECParameters key) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(
        // The required members in lexicographic order, no spaces, as the RFC defines the input.
        $$"""{"crv":"P-256","kty":"EC","x":"{{Base64Url.EncodeToString(key.Q.X)}}","y":"{{Base64Url.EncodeToString(key.Q.Y)}}"}""")));

    public static JsonObject Public(ECParameters key, string keyId, string algorithm) => new()
    {
        ["kty"] = "EC",
        ["crv"] = "P-256",
        ["x"] = Base64Url.EncodeToString(key.Q.X),
        ["y"] = Base64Url.EncodeToString(key.Q.Y),
        ["kid"] = keyId,
        ["alg"] = algorithm,
        ["use"] = "sig",
    };
}
