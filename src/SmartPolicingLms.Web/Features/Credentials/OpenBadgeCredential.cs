using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace SmartPolicingLms.Web.Features.Credentials;

// A certificate as an OpenBadgeCredential (1EdTech Open Badges 3.0, a W3C Verifiable Credential of data model 2.0):
// what the certificate printed, the recruit known only by a salted hash (RecipientIdentity), the issuing institution,
// and the public verification page as evidence. Nothing about co-trainers or partner organisations.
internal static class OpenBadgeCredential
{
    public const string CredentialsContext = "https://www.w3.org/ns/credentials/v2";
    public const string OpenBadgesContext = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    // For courses whose certificate wording predates the course.md fields.
    public const string GeneralTitle = "Certificate of completion";
    public const string GeneralCriteria = "Completed the course and met its completion requirements, as the institution records them.";

    // Absolute addresses: the issuer's profile, the course version the achievement is, the certificate's public page.
    internal sealed record Addresses(string Issuer, string Achievement, string Evidence);

    public static JsonObject Of(Certificate certificate, RecipientIdentity recipient, Addresses at) => new()
    {
        ["@context"] = new JsonArray(CredentialsContext, OpenBadgesContext),
        ["id"] = IdOf(certificate),
        ["type"] = new JsonArray("VerifiableCredential", "OpenBadgeCredential"),
        ["name"] = $"{TitleOf(certificate)}: {certificate.CourseTitle}",
        ["issuer"] = new JsonObject
        {
            ["id"] = at.Issuer,
            ["type"] = new JsonArray("Profile"),
            ["name"] = certificate.InstitutionName,
        },
        ["validFrom"] = DateTime.SpecifyKind(certificate.IssuedAt, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["credentialSubject"] = new JsonObject
        {
            ["type"] = new JsonArray("AchievementSubject"),
            ["identifier"] = new JsonArray(recipient.ToJson()),
            ["achievement"] = new JsonObject
            {
                ["id"] = at.Achievement,
                ["type"] = new JsonArray("Achievement"),
                ["achievementType"] = "Certificate",
                ["name"] = certificate.CourseTitle,
                ["description"] = DescriptionOf(certificate),
                ["criteria"] = new JsonObject
                {
                    ["narrative"] = certificate.Statement.Length > 0 ? certificate.Statement : GeneralCriteria,
                },
                ["version"] = certificate.CourseVersionLabel,
            },
        },
        ["evidence"] = new JsonArray(new JsonObject
        {
            ["id"] = at.Evidence,
            ["type"] = new JsonArray("Evidence"),
            ["name"] = $"Certificate {certificate.Serial}",
            ["description"] = "The certificate as it was issued, and whether it still stands, on the issuer's public verification page.",
        }),
    };

    static string TitleOf(Certificate certificate) => certificate.Title.Length > 0 ? certificate.Title : GeneralTitle;

    static string DescriptionOf(Certificate c)
    {
        // Written the same whatever language the request that downloads it is in: the credential is data, in English.
        var hours = $"{Hours(c.ContactHours)} contact hours" + (c.SelfStudyHours > 0 ? $" and {Hours(c.SelfStudyHours)} hours of self-study" : "");
        return $"{TitleOf(c)}: {c.CourseTitle} (version {c.CourseVersionLabel}), {hours}, completed on {LocalTime.Day(c.CompletedOn)} "
            + $"at {c.InstitutionName}.";
    }

    static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    // The same id every time the certificate is downloaded, and one that says nothing of how many were issued: a
    // name-based UUID (version 8) from the certificate's own random salt.
    static string IdOf(Certificate certificate)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("open-badge-credential:" + certificate.CredentialSalt))[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return $"urn:uuid:{new Guid(bytes, bigEndian: true)}";
    }
}
