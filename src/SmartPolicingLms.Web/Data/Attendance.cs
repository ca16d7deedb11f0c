using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

internal enum AttendanceMark
{
    Present,
    Late,
    Absent,
    // Not attended, but not held against the recruit either: a make-up session can recover it.
    Excused,
}

internal enum AttendanceSource
{
    RollCall,
    // Typed up from a paper sign-in sheet in a room without network and uploaded as CSV.
    SheetImport,
}

// The roll call of one session, created when it is first taken. Its Version moves on with every save
// (marks or slot delivery), so two instructors saving the same roll call never silently overwrite each other:
// the second save fails the version check and is shown the changes made since its page was read.
internal sealed class RollCall
{
    public int SessionId { get; private set; }
    public int Version { get; private set; }
    public DateTime TakenAt { get; private set; }
    public string TakenByUserId { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }
    public string UpdatedByUserId { get; private set; } = "";

    public static RollCall Start(int sessionId, string by, DateTime now) =>
        new() { SessionId = sessionId, Version = 0, TakenAt = now, TakenByUserId = by, UpdatedAt = now, UpdatedByUserId = by };

    public void Saved(string by, DateTime now)
    {
        Version++;
        (UpdatedAt, UpdatedByUserId) = (now, by);
    }
}

// How one recruit was marked in one session. At most one row per recruit and session; its history is in
// AttendanceChange.
internal sealed class AttendanceRecord
{
    public long Id { get; private set; }
    public int SessionId { get; private set; }
    public int EnrollmentId { get; private set; }
    public AttendanceMark Mark { get; private set; }
    public DateTime MarkedAt { get; private set; }
    public string MarkedByUserId { get; private set; } = "";

    public static AttendanceRecord Create(int sessionId, int enrollmentId, AttendanceMark mark, string by, DateTime now) =>
        new() { SessionId = sessionId, EnrollmentId = enrollmentId, Mark = mark, MarkedByUserId = by, MarkedAt = now };

    public void Change(AttendanceMark mark, string by, DateTime now) => (Mark, MarkedByUserId, MarkedAt) = (mark, by, now);
}

// One change to one recruit's mark: who, when, before and after, and which roll-call version it produced, so a
// second instructor whose save was refused can be shown exactly what changed since they read the page.
internal sealed class AttendanceChange
{
    public long Id { get; init; }
    public required int SessionId { get; init; }
    public required int EnrollmentId { get; init; }
    public AttendanceMark? Before { get; init; }
    public required AttendanceMark After { get; init; }
    public required int RollCallVersion { get; init; }
    public required AttendanceSource Source { get; init; }
    public required string ChangedByUserId { get; init; }
    public required DateTime ChangedAt { get; init; }
    // Required once the cohort is closed: why a frozen record was changed.
    public string? Reason { get; init; }
}

// A recruit moved into a make-up session to recover a module they missed. A make-up session's roll call lists
// only the recruits moved into it.
internal sealed class MakeUpSeat
{
    public int SessionId { get; init; }
    public int EnrollmentId { get; init; }
    public required string MovedByUserId { get; init; }
    public required DateTime MovedAt { get; init; }
}

// The completion decision for a recruit, written when the cohort is closed and rewritten (with a recorded reason)
// if a frozen record is corrected afterwards. Certificates are issued from this, never recomputed on the fly.
internal sealed class CompletionRecord
{
    public int EnrollmentId { get; private set; }
    public bool Completed { get; private set; }
    public decimal AttendedHours { get; private set; }
    public decimal RequiredHours { get; private set; }
    public decimal? PostTestPercent { get; private set; }
    // What is missing, as the completion rule's codes and parameters (a JSON array, "[]" when completed), worded
    // when shown in the reader's language (Features/Completion/Missing.cs): nothing here is stored in a language.
    public string Missing { get; private set; } = "[]";
    public DateTime DecidedAt { get; private set; }
    public string DecidedByUserId { get; private set; } = "";

    public static CompletionRecord Create(int enrollmentId) => new() { EnrollmentId = enrollmentId };

    public void Decide(bool completed, decimal attendedHours, decimal requiredHours, decimal? postTestPercent,
        string missing, string by, DateTime now)
    {
        (Completed, AttendedHours, RequiredHours, PostTestPercent) = (completed, attendedHours, requiredHours, postTestPercent);
        (Missing, DecidedByUserId, DecidedAt) = (missing, by, now);
    }
}

internal sealed class RollCallConfiguration : IEntityTypeConfiguration<RollCall>
{
    public void Configure(EntityTypeBuilder<RollCall> rollCall)
    {
        rollCall.HasKey(r => r.SessionId);
        rollCall.HasOne<CohortSession>().WithOne().HasForeignKey<RollCall>(r => r.SessionId).OnDelete(DeleteBehavior.Cascade);
        rollCall.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.TakenByUserId).OnDelete(DeleteBehavior.Restrict);
        rollCall.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
        rollCall.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> record)
    {
        // Restrict, not cascade: a session with attendance must not vanish and take the hours with it.
        record.HasOne<CohortSession>().WithMany().HasForeignKey(r => r.SessionId).OnDelete(DeleteBehavior.Restrict);
        record.HasOne<Enrollment>().WithMany().HasForeignKey(r => r.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        record.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.MarkedByUserId).OnDelete(DeleteBehavior.Restrict);
        record.Property(r => r.Mark).HasConversion<string>().HasMaxLength(10);
        record.HasIndex(r => new { r.SessionId, r.EnrollmentId }).IsUnique();
        record.HasIndex(r => r.EnrollmentId);
    }
}

internal sealed class AttendanceChangeConfiguration : IEntityTypeConfiguration<AttendanceChange>
{
    public void Configure(EntityTypeBuilder<AttendanceChange> change)
    {
        change.HasOne<CohortSession>().WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Restrict);
        change.HasOne<Enrollment>().WithMany().HasForeignKey(c => c.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        change.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.ChangedByUserId).OnDelete(DeleteBehavior.Restrict);
        change.Property(c => c.Before).HasConversion<string>().HasMaxLength(10);
        change.Property(c => c.After).HasConversion<string>().HasMaxLength(10);
        change.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        change.Property(c => c.Reason).HasMaxLength(1000);
        change.HasIndex(c => new { c.SessionId, c.RollCallVersion });
        change.HasIndex(c => c.EnrollmentId);
    }
}

internal sealed class MakeUpSeatConfiguration : IEntityTypeConfiguration<MakeUpSeat>
{
    public void Configure(EntityTypeBuilder<MakeUpSeat> seat)
    {
        seat.HasKey(s => new { s.SessionId, s.EnrollmentId });
        seat.HasOne<CohortSession>().WithMany().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
        seat.HasOne<Enrollment>().WithMany().HasForeignKey(s => s.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        seat.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.MovedByUserId).OnDelete(DeleteBehavior.Restrict);
        seat.HasIndex(s => s.EnrollmentId);
    }
}

internal sealed class CompletionRecordConfiguration : IEntityTypeConfiguration<CompletionRecord>
{
    public void Configure(EntityTypeBuilder<CompletionRecord> record)
    {
        record.HasKey(r => r.EnrollmentId);
        record.HasOne<Enrollment>().WithOne().HasForeignKey<CompletionRecord>(r => r.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        record.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
        record.Property(r => r.AttendedHours).HasPrecision(6, 2);
        record.Property(r => r.RequiredHours).HasPrecision(6, 2);
        record.Property(r => r.PostTestPercent).HasPrecision(5, 1);
    }
}
