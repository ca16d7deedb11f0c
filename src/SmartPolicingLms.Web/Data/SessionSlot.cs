using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Data;

internal enum SlotCoverage
{
    Open,
    FilledByOrganisation,
    Named,
    Waived,
}

// A seat in a session reserved for a community, copied from the module when the session is created.
// Filled by a partner organisation (optionally naming one of its co-trainers) or waived with a reason.
internal sealed class SessionSlot
{
    public int Id { get; private set; }
    public int SessionId { get; private set; }
    public int Position { get; private set; }
    public Community Community { get; private set; }
    public SlotRole Role { get; private set; }
    public int? PartnerOrganisationId { get; private set; }
    // Null when the organisation did not name anyone, or the named co-trainer asked to be removed.
    public int? CoTrainerId { get; private set; }
    public string? WaiverReason { get; private set; }
    // Who filled, waived or reopened the slot last, and when.
    public string? DecidedByUserId { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    // Recorded with the session's roll call: whether the co-trainer actually came and co-taught. Null until
    // recorded, so coverage can count what happened, not only what was planned.
    public bool? Delivered { get; private set; }
    public string? DeliveryRecordedByUserId { get; private set; }
    public DateTime? DeliveryRecordedAt { get; private set; }

    public SlotCoverage Coverage => CoverageOf(WaiverReason, CoTrainerId, PartnerOrganisationId);

    // Also usable in a query's final projection, where the entity itself is not loaded.
    public static SlotCoverage CoverageOf(string? waiverReason, int? coTrainerId, int? partnerOrganisationId) =>
        waiverReason is not null ? SlotCoverage.Waived
        : coTrainerId is not null ? SlotCoverage.Named
        : partnerOrganisationId is not null ? SlotCoverage.FilledByOrganisation
        : SlotCoverage.Open;

    public static SessionSlot Open(Community community, SlotRole role, int position) =>
        new() { Community = community, Role = role, Position = position };

    public void Fill(int organisationId, int? coTrainerId, string by, DateTime now)
    {
        (PartnerOrganisationId, CoTrainerId, WaiverReason) = (organisationId, coTrainerId, null);
        (DecidedByUserId, DecidedAt) = (by, now);
    }

    public void Waive(string reason, string by, DateTime now)
    {
        (PartnerOrganisationId, CoTrainerId, WaiverReason) = (null, null, reason.Trim());
        (DecidedByUserId, DecidedAt) = (by, now);
    }

    public void RecordDelivery(bool? delivered, string by, DateTime now) =>
        (Delivered, DeliveryRecordedByUserId, DeliveryRecordedAt) = (delivered, by, now);

    public void Reopen(string by, DateTime now)
    {
        (PartnerOrganisationId, CoTrainerId, WaiverReason) = (null, null, null);
        (DecidedByUserId, DecidedAt) = (by, now);
    }
}

internal sealed class SessionSlotConfiguration : IEntityTypeConfiguration<SessionSlot>
{
    public void Configure(EntityTypeBuilder<SessionSlot> slot)
    {
        slot.Property(s => s.Community).HasConversion<string>().HasMaxLength(30);
        slot.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        slot.Property(s => s.WaiverReason).HasMaxLength(1000);
        slot.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(s => s.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        // A co-trainer removed at their request leaves the slot "delivered by" the organisation.
        slot.HasOne<CoTrainer>().WithMany().HasForeignKey(s => s.CoTrainerId).OnDelete(DeleteBehavior.SetNull);
        slot.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.DecidedByUserId).OnDelete(DeleteBehavior.Restrict);
        slot.HasIndex(s => s.CoTrainerId);
        slot.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.DeliveryRecordedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
