using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Scoring;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

public abstract class TakingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_recruit_takes_the_pre_test_one_question_per_page_and_the_server_scores_it()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        var questions = await world.QuestionsAsync();

        var first = await taker.StartAsync();
        Assert.Equal(taker.Question(1), first.Path);
        for (var n = 1; n <= questions.Count; n++)
        {
            var (_, _, kind, weights) = questions[n - 1];
            var answer = n <= 2 && kind != QuestionKind.Attitude ? Taker.WrongAnswer(kind, weights) : Taker.RightAnswer(kind, weights);
            var response = await taker.AnswerAsync(n, answer);
            Assert.Equal(n < questions.Count ? taker.Question(n + 1) : taker.Review, Visitor.RedirectPath(response));
        }
        var start = await taker.Visitor.FollowAsync(await taker.SubmitAsync());

        var scored = questions.Count(q => q.Kind != QuestionKind.Attitude);
        var expected = QuestionScoring.Percent([.. Enumerable.Repeat(1m, scored - 2)], scored);
        var attempt = Assert.Single(await world.AttemptsAsync(enrollment));
        Assert.Equal((TestKind.Pre, 1, AttemptSource.Online, expected), (attempt.Kind, attempt.Number, attempt.Source, attempt.ScorePercent));
        Assert.NotNull(attempt.SubmittedAt);
        var answers = await world.AnswersAsync(enrollment);
        Assert.Equal(questions.Count, answers.Count);
        Assert.Equal(2, answers.Count(a => a.Agreement is not null));
        Assert.All(answers.Where(a => a.Agreement is not null), a => Assert.Null(a.Score));
        Assert.Equal(taker.Start, start.Path);
        Assert.Contains($"{expected:0.#}%", start.Text);
        Assert.Contains("You have taken the pre-test", start.Text);
    }

    [SkippableFact]
    public async Task Every_answer_given_is_there_when_the_recruit_comes_back_on_another_device()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, _) = await world.EnrolAsync();
        var questions = await world.QuestionsAsync();
        var first = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        await first.StartAsync();
        Taker.Redirected(await first.AnswerAsync(1, Taker.RightAnswer(questions[0].Kind, questions[0].Weights)));
        Taker.Redirected(await first.AnswerAsync(3, Taker.Choose(1, 3)));
        Taker.Redirected(await first.AnswerAsync(6, ("Input.Agreement", "5")));

        var second = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        var start = await second.Visitor.OpenAsync(second.Start);
        var q1 = await second.OpenAsync(1);
        var q3 = await second.OpenAsync(3);
        var q6 = await second.OpenAsync(6);

        Assert.Contains("You have answered 3 of 9 questions", start.Text);
        Assert.Contains(second.Question(2), start.Links.Select(l => "/" + l));
        Assert.Equal(Taker.RightAnswer(questions[0].Kind, questions[0].Weights).Select(f => f.Item2), Checked(q1, "Input.Chosen"));
        Assert.Equal(["1", "3"], Checked(q3, "Input.Chosen").Order());
        Assert.Equal(["5"], Checked(q6, "Input.Agreement"));
    }

    [SkippableFact]
    public async Task Saving_a_question_again_replaces_the_answer_and_an_empty_save_clears_it()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        await taker.StartAsync();

        Taker.Redirected(await taker.AnswerAsync(3, Taker.Choose(3)));
        Taker.Redirected(await taker.AnswerAsync(3, Taker.Choose(1, 2)));
        var replaced = Assert.Single(await world.AnswersAsync(enrollment));
        Taker.Redirected(await taker.AnswerAsync(3));

        Assert.Equal(("1,2", 1m), (replaced.ChosenOptions, replaced.Score));
        Assert.Empty(await world.AnswersAsync(enrollment));
    }

    [SkippableFact]
    public async Task Options_are_shown_in_an_order_of_the_recruits_own_that_stays_the_same_on_every_visit()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        var questions = await world.QuestionsAsync();
        await taker.StartAsync();

        for (var n = 1; n <= questions.Count; n++)
        {
            var (_, key, kind, weights) = questions[n - 1];
            if (kind == QuestionKind.Attitude)
                continue;
            var shuffle = key != "q-referral-conditions" && kind != QuestionKind.TrueFalse;
            var expected = OptionOrder.For($"{enrollment}/Pre/1", key, weights.Count, shuffle).Select(i => (i + 1).ToString());

            Assert.Equal(expected, Values(await taker.OpenAsync(n), "Input.Chosen"));
            Assert.Equal(expected, Values(await taker.OpenAsync(n), "Input.Chosen"));
        }
    }

    [SkippableFact]
    public async Task An_attitude_item_offers_the_five_points_from_strongly_disagree_to_strongly_agree()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, _) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        await taker.StartAsync();

        var page = await taker.OpenAsync(6);

        Assert.Equal(["1", "2", "3", "4", "5"], Values(page, "Input.Agreement"));
        var labels = page.Document.QuerySelectorAll("label.form-check-label").Select(l => HtmlPage.Normalize(l.TextContent)).ToList();
        Assert.Equal(["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"], labels);
    }

    [SkippableFact]
    public async Task The_review_page_lists_the_questions_still_unanswered()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, _) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        await taker.StartAsync();
        Taker.Redirected(await taker.AnswerAsync(1, Taker.Choose(1)));
        Taker.Redirected(await taker.AnswerAsync(2, Taker.Choose(2)));

        var review = await taker.Visitor.OpenAsync(taker.Review);

        Assert.Contains("7 of 9 questions are not answered yet", review.Text);
        var unanswered = review.Document.QuerySelectorAll("ul li a").Select(a => HtmlPage.Normalize(a.TextContent)).ToList();
        Assert.Equal([.. Enumerable.Range(3, 7).Select(n => $"Question {n}")], unanswered);
    }

    [SkippableFact]
    public async Task The_post_test_allows_the_courses_attempts_each_in_a_new_option_order_and_then_no_more()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "post");

        await taker.StartAsync();
        var firstOrder = Values(await taker.OpenAsync(1), "Input.Chosen");
        Taker.Redirected(await taker.SubmitAsync());
        var second = await taker.StartAsync();
        var secondOrder = Values(second, "Input.Chosen");
        Taker.Redirected(await taker.SubmitAsync());
        var start = await taker.Visitor.OpenAsync(taker.Start);

        var key = (await world.QuestionsAsync())[0].Key;
        Assert.Equal(taker.Question(1), second.Path);
        Assert.Equal(OptionOrder.For($"{enrollment}/Post/1", key, 3, true).Select(i => (i + 1).ToString()), firstOrder);
        Assert.Equal(OptionOrder.For($"{enrollment}/Post/2", key, 3, true).Select(i => (i + 1).ToString()), secondOrder);
        Assert.Equal([1, 2], (await world.AttemptsAsync(enrollment)).Select(a => a.Number));
        Assert.Contains("You have used every attempt", start.Text);
        Assert.Null(start.Form("start-test")?.QuerySelector("button"));
    }

    static IEnumerable<string> Checked(HtmlPage page, string name) =>
        page.Document.QuerySelectorAll($"input[name='{name}'][checked]").Select(i => i.GetAttribute("value")!);

    static IEnumerable<string> Values(HtmlPage page, string name) =>
        [.. page.Document.QuerySelectorAll($"input[name='{name}']").Select(i => i.GetAttribute("value")!)];

    public sealed class OnSqlite(SqliteLmsFactory factory) : TakingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : TakingTests(factory), IClassFixture<PostgresLmsFactory>;
}
