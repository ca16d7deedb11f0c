using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Data;

internal sealed class CourseModule
{
    public int Id { get; init; }
    public int CourseVersionId { get; init; }
    // The module's id in the curriculum; stable across versions so progress can be compared.
    public required string Key { get; init; }
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required decimal Hours { get; init; }
    public required Delivery Delivery { get; init; }
    // As recruits see it: instructor-only blocks are not in it.
    public required string Html { get; init; }
    // With the instructor-only blocks (facilitator notes, session plans); null when the module has none (and on versions
    // imported before modules had them): Html is then all there is. Only for people CurrentPerson.SeesInstructorContent allows.
    public string? InstructorHtml { get; init; }
    public required string SourcePath { get; init; }
    public List<ModuleObjective> Objectives { get; init; } = [];
    public List<ModuleSlot> Slots { get; init; } = [];
    public List<ModuleLegalClaim> LegalClaims { get; init; } = [];
}

// A statement of law the module makes (the author's text) and whether a local lawyer has reviewed it (data): pending
// while nobody has.
internal sealed class ModuleLegalClaim
{
    public int Id { get; init; }
    public int CourseModuleId { get; init; }
    public required int Position { get; init; }
    public required string Claim { get; init; }
    public string? Source { get; init; }
    public string? ReviewedBy { get; init; }
    public DateOnly? ReviewedOn { get; init; }
}

internal sealed class ModuleObjective
{
    public int Id { get; init; }
    public int CourseModuleId { get; init; }
    public required string Key { get; init; }
    public required int Position { get; init; }
    public required string Text { get; init; }
}

// A seat every session of the module reserves for a community. It describes the seat, never a person.
internal sealed class ModuleSlot
{
    public int Id { get; init; }
    public int CourseModuleId { get; init; }
    public required int Position { get; init; }
    public required Community Community { get; init; }
    public required SlotRole Role { get; init; }
}

internal sealed class CourseModuleConfiguration : IEntityTypeConfiguration<CourseModule>
{
    public void Configure(EntityTypeBuilder<CourseModule> module)
    {
        module.HasOne<CourseVersion>().WithMany(v => v.Modules).HasForeignKey(m => m.CourseVersionId);
        module.HasIndex(m => new { m.CourseVersionId, m.Key }).IsUnique();
        module.Property(m => m.Key).HasMaxLength(100);
        module.Property(m => m.Hours).HasPrecision(6, 2);
        module.Property(m => m.Delivery).HasConversion<string>().HasMaxLength(20);

        module.HasMany(m => m.Objectives).WithOne().HasForeignKey(o => o.CourseModuleId);
        module.HasMany(m => m.Slots).WithOne().HasForeignKey(s => s.CourseModuleId);
        module.HasMany(m => m.LegalClaims).WithOne().HasForeignKey(c => c.CourseModuleId);
    }
}

internal sealed class ModuleObjectiveConfiguration : IEntityTypeConfiguration<ModuleObjective>
{
    public void Configure(EntityTypeBuilder<ModuleObjective> objective)
    {
        objective.Property(o => o.Key).HasMaxLength(100);
    }
}

internal sealed class ModuleSlotConfiguration : IEntityTypeConfiguration<ModuleSlot>
{
    public void Configure(EntityTypeBuilder<ModuleSlot> slot)
    {
        slot.Property(s => s.Community).HasConversion<string>().HasMaxLength(30);
        slot.Property(s => s.Role).HasConversion<string>().HasMaxLength(30);
    }
}
