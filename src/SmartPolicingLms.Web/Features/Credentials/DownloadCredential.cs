using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Certificates;

namespace SmartPolicingLms.Web.Features.Credentials;

// A certificate as a signed Open Badges credential, for whoever may have the certificate itself (CertificateAccess). A
// revoked or replaced certificate gets none: a credential, once downloaded, verifies by its signature for good, so the
// LMS signs only what still stands; the verification page it points to says what became of it later.
internal sealed class DownloadCredential(AppDbContext db, CertificateAccess access, SigningKeys keys,
    IStringLocalizer<CredentialsStrings> t)
{
    internal sealed record Credential(string Token, string FileName);

    public async Task<Outcome<Credential>> HandleAsync(int certificateId, string publicBase, CancellationToken ct)
    {
        if (await access.FindAsync(certificateId, ct) is not { } found)
            return Outcome<Credential>.NotFound(t["There is no such certificate."]);
        if (!found.Certificate.IsValid)
            return Outcome<Credential>.Conflict(found.Certificate.IsReplaced
                ? t["This certificate was replaced by a new one: download the Open Badges credential of the new certificate instead."]
                : t["This certificate was revoked, so no Open Badges credential is issued for it. Its verification page shows the date it was revoked."]);
        var recruit = await db.Users.AsNoTracking().Where(u => u.Id == found.RecruitUserId)
            .Select(u => new { u.Email, u.ServiceNumber }).SingleAsync(ct);
        var course = await (from c in db.Cohorts
                            join v in db.CourseVersions on c.CourseVersionId equals v.Id
                            where c.Id == found.CohortId
                            select new { v.CourseId, v.Number }).SingleAsync(ct);
        var certificate = found.Certificate;
        var credential = OpenBadgeCredential.Of(certificate,
            RecipientIdentity.Of(recruit.Email, recruit.ServiceNumber, certificate.CredentialSalt),
            new OpenBadgeCredential.Addresses(
                Issuer: PublicAddress.Absolute(publicBase, CredentialLinks.Issuer()),
                Achievement: PublicAddress.Absolute(publicBase, CatalogueLinks.Version(course.CourseId, course.Number)),
                Evidence: PublicAddress.Absolute(publicBase, CertificateLinks.Verify(certificate.VerificationCode))));
        using var signer = await keys.ActiveAsync(ct);
        return Outcome<Credential>.Ok(new Credential(VcJwt.Sign(credential, signer), $"open-badge-{certificate.Serial}.jwt"));
    }
}
