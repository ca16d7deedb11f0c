using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// A completion certificate, issued only from a completion record that says completed. What was printed is stored
// with it, so renaming the course or the institution later never changes an issued certificate. Never names a
// co-trainer or a partner organisation.
internal sealed class Certificate
{
    public int Id { get; private set; }
    public int EnrollmentId { get; private set; }
    public int InstitutionId { get; private set; }
    public int Year { get; private set; }
    // Running number per institution and year, without gaps (CertificateCounter).
    public int Number { get; private set; }
    public string Serial { get; private set; } = "";
    // At least 80 random bits, in groups of letters and digits that cannot be mistaken for one another.
    public string VerificationCode { get; private set; } = "";
    public string RecruitName { get; private set; } = "";
    public string CourseTitle { get; private set; } = "";
    public string CourseVersionLabel { get; private set; } = "";
    public decimal ContactHours { get; private set; }
    public decimal SelfStudyHours { get; private set; }
    public DateOnly CompletedOn { get; private set; }
    public string InstitutionName { get; private set; } = "";
    // The course's own wording (course.md front matter), as it stood at issue.
    public string Title { get; private set; } = "";
    public string Statement { get; private set; } = "";
    public IReadOnlyList<Signatory> Signatories { get; private set; } = [];
    public int? CrestId { get; private set; }
    // Salts the hash that identifies the recruit in the Open Badges credential, so the hash of a service number
    // cannot be looked up in a table of all numbers.
    public string CredentialSalt { get; private set; } = "";
    public DateTime IssuedAt { get; private set; }
    public string IssuedByUserId { get; private set; } = "";
    public DateTime? RevokedAt { get; private set; }
    // A code, not words: worded when shown (CertificateRevocation).
    public string? RevocationReason { get; private set; }
    public string? RevokedByUserId { get; private set; }
    // Words from the person who revoked it, for staff only; the public page shows the date, never the reason.
    public string? RevocationNote { get; private set; }
    // Set when a re-issue replaced it: the certificate then verifies as replaced.
    public int? ReplacedById { get; private set; }

    public bool IsValid => RevokedAt is null;
    public bool IsReplaced => ReplacedById is not null;

    public static Certificate Issue(int enrollmentId, int institutionId, string institutionCode, int year, int number, string verificationCode,
        string credentialSalt, CertificateText printed, string by, DateTime now) => new()
    {
        EnrollmentId = enrollmentId, InstitutionId = institutionId, Year = year, Number = number,
        Serial = SerialOf(institutionCode, year, number), VerificationCode = verificationCode, CredentialSalt = credentialSalt,
        RecruitName = printed.RecruitName, CourseTitle = printed.CourseTitle, CourseVersionLabel = printed.CourseVersionLabel,
        ContactHours = printed.ContactHours, SelfStudyHours = printed.SelfStudyHours, CompletedOn = printed.CompletedOn,
        InstitutionName = printed.InstitutionName, Title = printed.Title, Statement = printed.Statement,
        Signatories = printed.Signatories, CrestId = printed.CrestId, IssuedAt = now, IssuedByUserId = by,
    };

    public static string SerialOf(string institutionCode, int year, int number) => $"{institutionCode}-{year:D4}-{number:D5}";

    public void Revoke(string reason, string? note, string by, DateTime now)
    {
        if (RevokedAt is not null)
            return;
        (RevokedAt, RevocationReason, RevocationNote, RevokedByUserId) = (now, reason, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), by);
    }

    // Its holder deleted their personal data: it no longer stands, and no longer names them (the verification page then
    // shows a revoked certificate without a name).
    public void WithdrawByPerson(string by, DateTime now)
    {
        Revoke(CertificateRevocation.WithdrawnByPerson, null, by, now);
        RecruitName = "";
    }

    // Points a certificate revoked as replaced at the one that took its place (which needs its id first).
    public void ReplacedBy(Certificate replacement) => ReplacedById = replacement.Id;
}

// What a certificate prints, fixed when it is issued.
internal sealed record CertificateText(string RecruitName, string CourseTitle, string CourseVersionLabel, decimal ContactHours,
    decimal SelfStudyHours, DateOnly CompletedOn, string InstitutionName, string Title, string Statement,
    IReadOnlyList<Signatory> Signatories, int? CrestId);

// Why a certificate stopped being valid, stored as a code.
internal static class CertificateRevocation
{
    // A correction to the completion record turned it to not completed.
    public const string NoLongerCompleted = "no-longer-completed";
    // A re-issue (after a name correction) took its place.
    public const string Replaced = "replaced";
    // Chosen by the person who revokes it.
    public const string IssuedInError = "issued-in-error";
    public const string WithdrawnByInstitution = "withdrawn-by-institution";
    // Its holder deleted their personal data; such an enrolment is never issued a certificate again.
    public const string WithdrawnByPerson = "withdrawn-by-person";

    // What a person may choose when revoking by hand; the others are set by the LMS itself.
    public static readonly IReadOnlyList<string> Chosen = [IssuedInError, WithdrawnByInstitution];
}

// The last number given for an institution and year. Taking a number and inserting the certificate happen in one
// transaction, and the counter's version refuses a second writer, so numbers have no gaps and no repeats.
internal sealed class CertificateCounter
{
    public int InstitutionId { get; private set; }
    public int Year { get; private set; }
    public int Last { get; private set; }

    public static CertificateCounter Start(int institutionId, int year) => new() { InstitutionId = institutionId, Year = year };

    public int Next() => ++Last;
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> certificate)
    {
        certificate.HasOne<Enrollment>().WithMany().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasOne<Institution>().WithMany().HasForeignKey(c => c.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.IssuedByUserId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.RevokedByUserId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasIndex(c => new { c.InstitutionId, c.Year, c.Number }).IsUnique();
        certificate.HasIndex(c => c.Serial).IsUnique();
        certificate.HasIndex(c => c.VerificationCode).IsUnique();
        // At most one valid certificate per enrolment, whatever two requests do at once.
        certificate.HasIndex(c => c.EnrollmentId).IsUnique().HasFilter("\"RevokedAt\" IS NULL");
        certificate.Property(c => c.Serial).HasMaxLength(40);
        certificate.Property(c => c.VerificationCode).HasMaxLength(32);
        certificate.Property(c => c.RecruitName).HasMaxLength(200);
        certificate.Property(c => c.CourseTitle).HasMaxLength(300);
        certificate.Property(c => c.CourseVersionLabel).HasMaxLength(50);
        certificate.Property(c => c.InstitutionName).HasMaxLength(200);
        certificate.Property(c => c.ContactHours).HasPrecision(6, 2);
        certificate.Property(c => c.SelfStudyHours).HasPrecision(6, 2);
        certificate.Property(c => c.RevocationReason).HasMaxLength(50);
        certificate.Property(c => c.RevocationNote).HasMaxLength(500);
        // A revocation is written only over a certificate that still stands: two people revoking or re-issuing at once
        // cannot both win, and the second learns it instead of overwriting the first one's reason.
        certificate.Property(c => c.RevokedAt).IsConcurrencyToken();
        certificate.Property(c => c.CredentialSalt).HasMaxLength(64);
        certificate.Property(c => c.Signatories).AsSignatoriesJson();
        certificate.HasOne<InstitutionCrest>().WithMany().HasForeignKey(c => c.CrestId).OnDelete(DeleteBehavior.Restrict);
        certificate.HasOne<Certificate>().WithMany().HasForeignKey(c => c.ReplacedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CertificateCounterConfiguration : IEntityTypeConfiguration<CertificateCounter>
{
    public void Configure(EntityTypeBuilder<CertificateCounter> counter)
    {
        counter.HasKey(c => new { c.InstitutionId, c.Year });
        counter.HasOne<Institution>().WithMany().HasForeignKey(c => c.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        counter.Property(c => c.Last).IsConcurrencyToken();
    }
}
