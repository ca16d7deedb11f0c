using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// A change to a cohort, a session or a slot: who, when, what, before and after. Before and after are
// small JSON documents written by the feature; they name organisations, never co-trainers. What the entry is about
// and what happened are codes (with the subject's parameters as a JSON array of strings), worded when shown in the
// reader's language (AuditSubjectWords, AuditActionWords): nothing here is stored in a language.
internal sealed class AuditEntry
{
    public long Id { get; init; }
    public required DateTime At { get; init; }
    public required string UserId { get; init; }
    public int? CohortId { get; init; }
    public required AuditSubject Subject { get; init; }
    public string? SubjectArguments { get; init; }
    public required AuditAction Action { get; init; }
    // Entries written before codes keep their English here when the migration (StoredTextAsCodes) could not read it;
    // null otherwise.
    public string? SubjectAsWritten { get; init; }
    public string? ActionAsWritten { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
}

// The secret link to an instructor's own iCalendar feed; replaced to revoke it.
internal sealed class InstructorCalendar
{
    public required string UserId { get; init; }
    public required string Token { get; set; }
    public DateTime CreatedAt { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Restrict);
        entry.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Restrict);
        entry.Property(e => e.Subject).HasConversion<string>().HasMaxLength(40);
        entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(60);
        entry.Property(e => e.SubjectAsWritten).HasMaxLength(200);
        entry.Property(e => e.ActionAsWritten).HasMaxLength(100);
        entry.HasIndex(e => new { e.Subject, e.At });
        entry.HasIndex(e => new { e.CohortId, e.At });
    }
}

internal sealed class InstructorCalendarConfiguration : IEntityTypeConfiguration<InstructorCalendar>
{
    public void Configure(EntityTypeBuilder<InstructorCalendar> calendar)
    {
        calendar.HasKey(c => c.UserId);
        calendar.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        calendar.Property(c => c.Token).HasMaxLength(64);
        calendar.HasIndex(c => c.Token).IsUnique();
    }
}
