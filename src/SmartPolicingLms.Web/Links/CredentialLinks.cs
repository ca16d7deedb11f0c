namespace SmartPolicingLms.Web.Links;

// The Open Badges side of a certificate: the signed credential, and the issuer's profile and keys that verify it.
internal static class CredentialLinks
{
    public const string CredentialPattern = "/certificates/{id:int}/credential";
    public const string IssuerPattern = "/credentials/issuer";
    public const string KeySetPattern = "/credentials/jwks.json";

    public static string Credential(int certificateId) => $"certificates/{certificateId}/credential";
    public static string Issuer() => "credentials/issuer";
    public static string KeySet() => "credentials/jwks.json";
    public static string SigningKeys() => "admin/credential-keys";
}
