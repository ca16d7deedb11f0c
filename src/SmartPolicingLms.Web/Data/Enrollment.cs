using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// A recruit in a cohort. Withdrawing keeps the row (and the recruit's results) but frees the seat.
internal sealed class Enrollment
{
    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public string RecruitUserId { get; private set; } = "";
    public DateTime EnrolledAt { get; private set; }
    public DateTime? WithdrawnAt { get; private set; }
    public string? WithdrawnByUserId { get; private set; }
    // A late enrolment may get a pre-test window past the first session.
    public DateTime? PreTestExtendedUntil { get; private set; }
    public string? PreTestWaiverReason { get; private set; }
    public string? PreTestWaivedByUserId { get; private set; }
    public DateTime? PreTestWaivedAt { get; private set; }
    // Post-test attempts granted beyond the course's number, each recorded in the audit log.
    public int ExtraPostTestAttempts { get; private set; }
    // Set on the enrolment a recruit transferred into: the one in the earlier cohort of the same course version,
    // whose attended sessions, self-study and tests still count.
    public int? TransferredFromEnrollmentId { get; private set; }
    public int Version { get; private set; }

    public bool IsActive => WithdrawnAt is null;

    public static Enrollment Create(int cohortId, string recruitUserId, DateTime now) =>
        new() { CohortId = cohortId, RecruitUserId = recruitUserId, EnrolledAt = now, Version = 1 };

    public static Enrollment TransferredFrom(Enrollment earlier, int cohortId, DateTime now) =>
        new() { CohortId = cohortId, RecruitUserId = earlier.RecruitUserId, EnrolledAt = now, Version = 1, TransferredFromEnrollmentId = earlier.Id };

    public void Withdraw(string by, DateTime now)
    {
        (WithdrawnAt, WithdrawnByUserId) = (now, by);
        Version++;
    }

    public void ExtendPreTest(DateTime until)
    {
        PreTestExtendedUntil = until;
        Version++;
    }

    public void WaivePreTest(string reason, string by, DateTime now)
    {
        (PreTestWaiverReason, PreTestWaivedByUserId, PreTestWaivedAt) = (reason.Trim(), by, now);
        Version++;
    }

    public void GrantRetake()
    {
        ExtraPostTestAttempts++;
        Version++;
    }
}

internal static class EnrollmentQueries
{
    // A recruit's place counts (a seat, a roster line, results) only while they have not been withdrawn.
    public static IQueryable<Enrollment> Active(this IQueryable<Enrollment> enrollments) => enrollments.Where(e => e.WithdrawnAt == null);

    // The places taken in a cohort, counted under its places lock (in the transaction that takes a place), so nobody else
    // counting this way takes one before that transaction ends. Joining and roster import guard the last place with the
    // cohort's version instead: whoever counts this way touches the cohort as well when taking a place.
    public static async Task<int> PlacesTakenAsync(this AppDbContext db, int cohortId, CancellationToken ct)
    {
        await db.LockAsync([RuleLock.Places(cohortId)], ct);
        return await db.Enrollments.Active().CountAsync(e => e.CohortId == cohortId, ct);
    }
}

// A self-study module a recruit marked as read.
internal sealed class ModuleCompletion
{
    public int EnrollmentId { get; init; }
    public int CourseModuleId { get; init; }
    public DateTime CompletedAt { get; init; }
}

// A first-time sign-in code handed to a recruit on paper. Codes carry over 100 bits of entropy, so a
// SHA-256 is enough and 500 of them are made in milliseconds, where Identity's password hash would take
// tens of seconds. Used once; the recruit then chooses a password.
internal sealed class SignInCode
{
    public required string UserId { get; init; }
    public required string CodeHash { get; init; }
    public required string IssuedByUserId { get; init; }
    public required DateTime IssuedAt { get; init; }
    public required DateTime ExpiresAt { get; init; }
}

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> enrollment)
    {
        enrollment.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Restrict);
        enrollment.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.RecruitUserId).OnDelete(DeleteBehavior.Restrict);
        enrollment.HasIndex(e => new { e.CohortId, e.RecruitUserId }).IsUnique();
        enrollment.HasIndex(e => e.RecruitUserId);
        enrollment.Property(e => e.PreTestWaiverReason).HasMaxLength(1000);
        enrollment.Property(e => e.Version).IsConcurrencyToken();
        enrollment.HasOne<Enrollment>().WithMany().HasForeignKey(e => e.TransferredFromEnrollmentId).OnDelete(DeleteBehavior.Restrict);
        enrollment.HasIndex(e => e.TransferredFromEnrollmentId).IsUnique();
    }
}

internal sealed class ModuleCompletionConfiguration : IEntityTypeConfiguration<ModuleCompletion>
{
    public void Configure(EntityTypeBuilder<ModuleCompletion> completion)
    {
        completion.HasKey(c => new { c.EnrollmentId, c.CourseModuleId });
        completion.HasOne<Enrollment>().WithMany().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Cascade);
        completion.HasOne<CourseModule>().WithMany().HasForeignKey(c => c.CourseModuleId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SignInCodeConfiguration : IEntityTypeConfiguration<SignInCode>
{
    public void Configure(EntityTypeBuilder<SignInCode> code)
    {
        code.HasKey(c => c.UserId);
        code.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        code.Property(c => c.CodeHash).HasMaxLength(64);
    }
}
