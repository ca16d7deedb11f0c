using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// A course version in another language: only its words. Ids, keys, hours, slots and answer weights stay in the
// version's own rows, which each word row points at, so results pool across editions by the same rows.
internal sealed class CourseVersionEdition
{
    public int Id { get; init; }
    public int CourseVersionId { get; init; }
    // BCP 47 tag, the edition files' suffix (ru, ky).
    public required string Language { get; init; }
    // While a native speaker has not yet reviewed the translation (edition-review: pending).
    public required bool AwaitingReview { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string OverviewHtml { get; init; }
    public string? CertificateTitle { get; init; }
    public string? CertificateStatement { get; init; }

    public List<EditionModule> Modules { get; init; } = [];
    public List<EditionObjective> Objectives { get; init; } = [];
    public List<EditionQuestion> Questions { get; init; } = [];
    public List<EditionQuestionOption> Options { get; init; } = [];
}

internal sealed class EditionModule
{
    public int Id { get; init; }
    public int CourseVersionEditionId { get; init; }
    public int CourseModuleId { get; init; }
    public CourseModule? Module { get; init; }
    public required string Title { get; init; }
    public required string Html { get; init; }
    // Null when it is the same as Html, as for the reference module.
    public string? InstructorHtml { get; init; }
}

internal sealed class EditionObjective
{
    public int Id { get; init; }
    public int CourseVersionEditionId { get; init; }
    public int ModuleObjectiveId { get; init; }
    public ModuleObjective? Objective { get; init; }
    public required string Text { get; init; }
}

internal sealed class EditionQuestion
{
    public int Id { get; init; }
    public int CourseVersionEditionId { get; init; }
    public int CourseQuestionId { get; init; }
    public CourseQuestion? Question { get; init; }
    public required string PromptHtml { get; init; }
    public string? FeedbackHtml { get; init; }
}

// An option's words: for short answer the accepted text, for matching the pair's answer, for numerical the answer
// as written; the weight and the number accepted are the reference option's.
internal sealed class EditionQuestionOption
{
    public int Id { get; init; }
    public int CourseVersionEditionId { get; init; }
    public int CourseQuestionOptionId { get; init; }
    public CourseQuestionOption? Option { get; init; }
    public required string Html { get; init; }
    public required string Text { get; init; }
    public string? FeedbackHtml { get; init; }
    public string? Match { get; init; }
}

internal sealed class CourseVersionEditionConfiguration : IEntityTypeConfiguration<CourseVersionEdition>
{
    public void Configure(EntityTypeBuilder<CourseVersionEdition> edition)
    {
        edition.HasOne<CourseVersion>().WithMany(v => v.Editions).HasForeignKey(e => e.CourseVersionId);
        edition.HasIndex(e => new { e.CourseVersionId, e.Language }).IsUnique();
        edition.Property(e => e.Language).HasMaxLength(35);

        edition.HasMany(e => e.Modules).WithOne().HasForeignKey(m => m.CourseVersionEditionId);
        edition.HasMany(e => e.Objectives).WithOne().HasForeignKey(o => o.CourseVersionEditionId);
        edition.HasMany(e => e.Questions).WithOne().HasForeignKey(q => q.CourseVersionEditionId);
        edition.HasMany(e => e.Options).WithOne().HasForeignKey(o => o.CourseVersionEditionId);
    }
}

internal sealed class EditionWordsConfiguration :
    IEntityTypeConfiguration<EditionModule>, IEntityTypeConfiguration<EditionObjective>,
    IEntityTypeConfiguration<EditionQuestion>, IEntityTypeConfiguration<EditionQuestionOption>
{
    public void Configure(EntityTypeBuilder<EditionModule> module)
    {
        module.HasOne(m => m.Module).WithMany().HasForeignKey(m => m.CourseModuleId);
        module.HasIndex(m => new { m.CourseVersionEditionId, m.CourseModuleId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<EditionObjective> objective)
    {
        objective.HasOne(o => o.Objective).WithMany().HasForeignKey(o => o.ModuleObjectiveId);
        objective.HasIndex(o => new { o.CourseVersionEditionId, o.ModuleObjectiveId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<EditionQuestion> question)
    {
        question.HasOne(q => q.Question).WithMany().HasForeignKey(q => q.CourseQuestionId);
        question.HasIndex(q => new { q.CourseVersionEditionId, q.CourseQuestionId }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<EditionQuestionOption> option)
    {
        option.HasOne(o => o.Option).WithMany().HasForeignKey(o => o.CourseQuestionOptionId);
        option.HasIndex(o => new { o.CourseVersionEditionId, o.CourseQuestionOptionId }).IsUnique();
        option.Property(o => o.Match).HasMaxLength(1000);
    }
}
