using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

internal enum TestKind
{
    Pre,
    Post,
}

internal enum AttemptSource
{
    Online,
    // Entered by an instructor from a paper test taken in a room without network.
    Paper,
}

// One sitting of the pre- or post-test. Answers are saved one question at a time, so a recruit can stop
// and come back on any device; the score is computed on the server when the attempt is submitted.
internal sealed class TestAttempt
{
    public int Id { get; private set; }
    public int EnrollmentId { get; private set; }
    public TestKind Kind { get; private set; }
    public int Number { get; private set; }
    public AttemptSource Source { get; private set; }
    public string? EnteredByUserId { get; private set; }
    public DateTime StartedAt { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public decimal? ScorePercent { get; private set; }
    public int Version { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public static TestAttempt Start(int enrollmentId, TestKind kind, int number, AttemptSource source, string? enteredBy, DateTime now) =>
        new() { EnrollmentId = enrollmentId, Kind = kind, Number = number, Source = source, EnteredByUserId = enteredBy, StartedAt = now, Version = 1 };

    public void Submit(decimal scorePercent, DateTime now)
    {
        (SubmittedAt, ScorePercent) = (now, scorePercent);
        Version++;
    }

    // Every saved answer moves the version on, so a submit racing an answer save fails on the version check
    // and scores again instead of missing that answer.
    public void AnswerSaved() => Version++;
}

// The answer to one question of an attempt: at most one row per question, so a repeated submission
// replaces rather than adds. Options are stored by their written position, never the shuffled one.
internal sealed class TestAnswer
{
    public long Id { get; private set; }
    public int TestAttemptId { get; private set; }
    public int CourseQuestionId { get; private set; }
    // Comma-separated written positions of the chosen options, for choice questions.
    public string? ChosenOptions { get; private set; }
    public string? Text { get; private set; }
    // 1 (strongly disagree) to 5 (strongly agree), for attitude items.
    public int? Agreement { get; private set; }
    // 0 to 1; null for attitude items, which are never scored.
    public decimal? Score { get; private set; }
    public DateTime AnsweredAt { get; private set; }

    public static TestAnswer Create(int attemptId, int questionId) => new() { TestAttemptId = attemptId, CourseQuestionId = questionId };

    public void Set(string? chosenOptions, string? text, int? agreement, decimal? score, DateTime now) =>
        (ChosenOptions, Text, Agreement, Score, AnsweredAt) = (chosenOptions, text, agreement, score, now);
}

internal sealed class TestAttemptConfiguration : IEntityTypeConfiguration<TestAttempt>
{
    public void Configure(EntityTypeBuilder<TestAttempt> attempt)
    {
        attempt.HasOne<Enrollment>().WithMany().HasForeignKey(a => a.EnrollmentId).OnDelete(DeleteBehavior.Restrict);
        attempt.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.EnteredByUserId).OnDelete(DeleteBehavior.Restrict);
        attempt.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        attempt.Property(a => a.Source).HasConversion<string>().HasMaxLength(10);
        attempt.Property(a => a.ScorePercent).HasPrecision(5, 1);
        attempt.HasIndex(a => new { a.EnrollmentId, a.Kind, a.Number }).IsUnique();
        attempt.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class TestAnswerConfiguration : IEntityTypeConfiguration<TestAnswer>
{
    public void Configure(EntityTypeBuilder<TestAnswer> answer)
    {
        answer.HasOne<TestAttempt>().WithMany().HasForeignKey(a => a.TestAttemptId).OnDelete(DeleteBehavior.Cascade);
        answer.HasOne<CourseQuestion>().WithMany().HasForeignKey(a => a.CourseQuestionId).OnDelete(DeleteBehavior.Restrict);
        answer.HasIndex(a => new { a.TestAttemptId, a.CourseQuestionId }).IsUnique();
        answer.Property(a => a.ChosenOptions).HasMaxLength(200);
        answer.Property(a => a.Text).HasMaxLength(500);
        answer.Property(a => a.Score).HasPrecision(5, 4);
    }
}
