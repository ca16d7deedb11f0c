using SmartPolicingLms.Web.Features.CohortResults;

namespace SmartPolicingLms.Web.Tests.CohortResults;

public sealed class ResultMathTests
{
    [Fact]
    public void The_post_test_that_counts_is_the_best_and_of_equal_ones_the_latest()
    {
        SubmittedAttempt[] attempts =
        [
            new(1, 1, TestKind.Post, 1, AttemptSource.Online, 60m),
            new(2, 1, TestKind.Post, 2, AttemptSource.Paper, 80m),
            new(3, 1, TestKind.Post, 3, AttemptSource.Online, 80m),
            new(4, 1, TestKind.Pre, 1, AttemptSource.Online, 95m),
        ];

        Assert.Equal(3, ResultMath.CountedPost(attempts)!.Id);
        Assert.Equal(4, ResultMath.Pre(attempts)!.Id);
    }

    [Fact]
    public void Means_cover_recruits_who_took_both_and_passing_covers_everyone_with_a_post_test()
    {
        var summary = ResultMath.Summarise(4, [(40m, 80m), (60m, 70m), (null, 90m), (50m, null)], passMarkPercent: 75);

        Assert.Equal(new ClassSummary(4, 2, 50m, 75m, 0.5m, 3, 2), summary);
    }

    [Fact]
    public void The_gain_is_not_defined_when_the_pre_test_mean_is_100() =>
        Assert.Null(ResultMath.Summarise(1, [(100m, 100m)], 70).Gain);

    [Fact]
    public void Nothing_to_average_is_no_mean_rather_than_zero()
    {
        var summary = ResultMath.Summarise(2, [(null, 80m), (50m, null)], 70);

        Assert.Equal((0, (decimal?)null, (decimal?)null, (decimal?)null), (summary.TookBoth, summary.PreMean, summary.PostMean, summary.Gain));
    }

    [Fact]
    public void A_questions_share_counts_only_full_marks_as_right_and_unanswered_as_nothing()
    {
        var share = ResultMath.Share([1m, 0.5m, null, 1m])!;

        Assert.Equal((0.5m, 0.625m), (share.Correct, share.Mean));
        Assert.Null(ResultMath.Share([]));
    }

    [Fact]
    public void The_distribution_counts_each_point_of_the_scale_and_skips_no_answer() =>
        Assert.Equal([1, 0, 2, 0, 1], ResultMath.Distribution([1, 3, 3, 5, null]));
}
