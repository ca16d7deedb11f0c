using SmartPolicingLms.Curricula.Scoring;

namespace SmartPolicingLms.Web.Features.CohortResults;

// A submitted attempt as the results read it.
internal sealed record SubmittedAttempt(int Id, int EnrollmentId, TestKind Kind, int Number, AttemptSource Source, decimal Score);

internal sealed record ClassSummary(
    int Recruits, int TookBoth, decimal? PreMean, decimal? PostMean, decimal? Gain, int TookPost, int Passing);

// One question's answers in the attempts counted: share fully right, and mean score with partial credit, 0 to 1.
internal sealed record QuestionShare(decimal Correct, decimal Mean);

// The arithmetic of the results page, apart from the database so it can be tested alone.
internal static class ResultMath
{
    // The post-test attempt that counts for a recruit: the best, and of equal ones the latest.
    public static SubmittedAttempt? CountedPost(IEnumerable<SubmittedAttempt> attempts) => attempts
        .Where(a => a.Kind == TestKind.Post)
        .OrderByDescending(a => a.Score).ThenByDescending(a => a.Number)
        .FirstOrDefault();

    public static SubmittedAttempt? Pre(IEnumerable<SubmittedAttempt> attempts) =>
        attempts.Where(a => a.Kind == TestKind.Pre).OrderBy(a => a.Number).FirstOrDefault();

    // Means over the recruits who took both tests, to one decimal as shown, and the gain from those shown means, so
    // a reader can check it by hand. Passing counts every recruit with a post-test score.
    public static ClassSummary Summarise(int recruits, IReadOnlyList<(decimal? Pre, decimal? Post)> scores, int passMarkPercent)
    {
        var both = scores.Where(s => s is { Pre: not null, Post: not null }).ToList();
        var preMean = Mean(both.Select(s => s.Pre!.Value));
        var postMean = Mean(both.Select(s => s.Post!.Value));
        var posts = scores.Where(s => s.Post is not null).ToList();
        return new ClassSummary(recruits, both.Count, preMean, postMean,
            preMean is { } pre && postMean is { } post ? QuestionScoring.NormalisedGain(pre, post) : null,
            posts.Count, posts.Count(s => PassMark.Passes(s.Post, passMarkPercent)));
    }

    public static decimal? Mean(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : Math.Round(list.Average(), 1, MidpointRounding.AwayFromZero);
    }

    // A question left unanswered in a submitted attempt counts as not right (score 0).
    public static QuestionShare? Share(IReadOnlyCollection<decimal?> scores) => scores.Count == 0
        ? null
        : new QuestionShare((decimal)scores.Count(s => s == 1m) / scores.Count, scores.Sum(s => s ?? 0m) / scores.Count);

    // How many chose each point of the five-point scale; index 0 is strongly disagree.
    public static int[] Distribution(IEnumerable<int?> agreements)
    {
        var counts = new int[5];
        foreach (var value in agreements)
            if (value is >= 1 and <= 5)
                counts[value.Value - 1]++;
        return counts;
    }

    public static string Percent(decimal? share) => share is { } s ? $"{Math.Round(100m * s, 0, MidpointRounding.AwayFromZero):0}%" : "–";
}
