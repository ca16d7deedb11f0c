using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Data;

internal sealed class CourseQuestion
{
    public int Id { get; init; }
    public int CourseVersionId { get; init; }
    // Stable across versions so a recruit's pre- and post-test answers can be compared.
    public required string Key { get; init; }
    public required int Position { get; init; }
    public string? ObjectiveKey { get; init; }
    public required QuestionKind Kind { get; init; }
    public required string PromptHtml { get; init; }
    public required bool Shuffle { get; init; }
    public string? FeedbackHtml { get; init; }
    public required AttitudeDirection Favourable { get; init; }
    public required string SourcePath { get; init; }
    public required int Line { get; init; }
    // Which test asks it; a course with pre and post items has parallel forms, compared by objective.
    public QuestionForm Form { get; init; } = QuestionForm.Both;
    public List<CourseQuestionOption> Options { get; init; } = [];
}

internal sealed class CourseQuestionOption
{
    public int Id { get; init; }
    public int CourseQuestionId { get; init; }
    public required int Position { get; init; }
    public required string Html { get; init; }
    public required string Text { get; init; }
    public required decimal Weight { get; init; }
    public string? FeedbackHtml { get; init; }
}

internal sealed class CourseQuestionConfiguration : IEntityTypeConfiguration<CourseQuestion>
{
    public void Configure(EntityTypeBuilder<CourseQuestion> question)
    {
        question.HasOne<CourseVersion>().WithMany(v => v.Questions).HasForeignKey(q => q.CourseVersionId);
        question.HasIndex(q => new { q.CourseVersionId, q.Key }).IsUnique();
        question.Property(q => q.Key).HasMaxLength(100);
        question.Property(q => q.ObjectiveKey).HasMaxLength(100);
        question.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
        question.Property(q => q.Favourable).HasConversion<string>().HasMaxLength(10);
        // Rows imported before parallel forms were asked in both tests.
        question.Property(q => q.Form).HasConversion<string>().HasMaxLength(10).HasDefaultValue(QuestionForm.Both).HasSentinel(QuestionForm.Both);

        question.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.CourseQuestionId);
    }
}

internal sealed class CourseQuestionOptionConfiguration : IEntityTypeConfiguration<CourseQuestionOption>
{
    public void Configure(EntityTypeBuilder<CourseQuestionOption> option)
    {
        option.Property(o => o.Weight).HasPrecision(9, 6);
    }
}
