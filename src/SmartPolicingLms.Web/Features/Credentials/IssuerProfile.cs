using System.Text.Json.Nodes;

namespace SmartPolicingLms.Web.Features.Credentials;

// The issuer every credential of this LMS names, as an Open Badges 3.0 Profile at a stable address, with the address
// of its key set: a verifier follows the credential's issuer to here, and on to the key its header names. Each
// credential carries the name of the institution that issued the certificate; this profile speaks for the LMS they share.
internal static class IssuerProfile
{
    public const string Name = "SmartPolicingLms";

    public static JsonObject For(string publicBase) => new()
    {
        ["@context"] = new JsonArray(OpenBadgeCredential.CredentialsContext, OpenBadgeCredential.OpenBadgesContext),
        ["id"] = PublicAddress.Absolute(publicBase, CredentialLinks.Issuer()),
        ["type"] = new JsonArray("Profile"),
        ["name"] = Name,
        ["url"] = publicBase,
        ["description"] = "Issues the completion certificates of the training institutions that use this LMS. Each credential names "
            + "the institution that issued it; its certificate can be checked at " + PublicAddress.Absolute(publicBase, CertificateLinks.Verify()) + ".",
        // Named as OAuth and OpenID metadata name it, so tools that know those find the keys.
        ["jwks_uri"] = PublicAddress.Absolute(publicBase, CredentialLinks.KeySet()),
    };
}
