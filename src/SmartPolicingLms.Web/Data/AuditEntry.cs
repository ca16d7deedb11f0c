using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// A change to a cohort, a session or a slot: who, when, what, before and after. Before and after are
// small JSON documents written by the feature; they name organisations, never co-trainers.
internal sealed class AuditEntry
{
    public long Id { get; init; }
    public required DateTime At { get; init; }
    public required string UserId { get; init; }
    public int? CohortId { get; init; }
    public required string Subject { get; init; }
    public required string Action { get; init; }
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
        entry.Property(e => e.Subject).HasMaxLength(200);
        entry.Property(e => e.Action).HasMaxLength(100);
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
