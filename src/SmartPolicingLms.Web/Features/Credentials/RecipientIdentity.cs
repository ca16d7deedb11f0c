using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SmartPolicingLms.Web.Features.Credentials;

// How a credential names its recipient without naming them: an Open Badges IdentityObject holding a salted SHA-256
// hash of their email, or of their service number when they have no email. Someone who knows the address or number
// can check it against the credential; no one can read it out of one, and the certificate's own salt keeps the hash of
// a service number from being looked up in a table of every number. The plain value never leaves the LMS.
internal sealed record RecipientIdentity(string IdentityType, string IdentityHash, string Salt)
{
    public const string Email = "emailAddress";
    public const string ServiceNumber = "identifier";

    public static RecipientIdentity Of(string? email, string? serviceNumber, string salt) =>
        !string.IsNullOrWhiteSpace(email) ? Hashed(Email, Normalized(email), salt)
        : !string.IsNullOrWhiteSpace(serviceNumber) ? Hashed(ServiceNumber, serviceNumber.Trim(), salt)
        // OptionalEmailValidator lets no account be without both.
        : throw new InvalidOperationException("A recruit has neither an email nor a service number.");

    // Addresses are compared without regard to case, so the hash is of the lower-case address: whoever checks one
    // hashes the address as they have it, lower-cased, with the salt.
    public static string Normalized(string email) => email.Trim().ToLowerInvariant();

    static RecipientIdentity Hashed(string type, string identity, string salt) =>
        new(type, "sha256$" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity + salt))), salt);

    public JsonObject ToJson() => new()
    {
        ["type"] = "IdentityObject",
        ["hashed"] = true,
        ["identityHash"] = IdentityHash,
        ["identityType"] = IdentityType,
        ["salt"] = Salt,
    };
}
