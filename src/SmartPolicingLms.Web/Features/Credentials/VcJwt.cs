using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SmartPolicingLms.Web.Features.Credentials;

// A credential signed as a compact JWS, the JSON Web Token proof format of Open Badges 3.0: the header names the
// algorithm, the token type and the key; the payload is the credential itself, with the registered claims the spec
// maps from it (iss from the issuer, jti from the credential's id, nbf from validFrom).
internal static class VcJwt
{
    public const string MediaType = "application/vc+jwt";

    public static string Sign(JsonObject credential, SigningKeys.Signer signer)
    {
        var header = new JsonObject { ["alg"] = SigningKeys.Algorithm, ["typ"] = "JWT", ["kid"] = signer.KeyId };
        var payload = (JsonObject)credential.DeepClone();
        payload["iss"] = credential["issuer"]!["id"]!.GetValue<string>();
        payload["jti"] = credential["id"]!.GetValue<string>();
        payload["nbf"] = DateTimeOffset.Parse(credential["validFrom"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            .ToUnixTimeSeconds();
        var signingInput = $"{Encode(header)}.{Encode(payload)}";
        // .NET signs ECDSA as r and s side by side (IEEE P1363), the form JWS asks for.
        var signature = signer.Key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256);
        return $"{signingInput}.{Base64Url.EncodeToString(signature)}";
    }

    static string Encode(JsonNode json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json.ToJsonString()));
}
