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
    // Matching: the answer (plain text) this item pairs with; an option with empty Text is an extra answer.
    public string? Match { get; init; }
    // Numerical: the number accepted, give or take the tolerance; both null for "any other number".
    public decimal? NumberValue { get; init; }
    public decimal? NumberTolerance { get; init; }
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
        option.Property(o => o.Match).HasMaxLength(1000);
        // The importer refuses numbers with more than 10 decimals or 15 digits before the point.
        option.Property(o => o.NumberValue).HasPrecision(28, 10);
        option.Property(o => o.NumberTolerance).HasPrecision(28, 10);
    }
}
