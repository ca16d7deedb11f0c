using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

// What a recruit might try with a browser's developer tools or a replayed request, and what the server makes of it.
public abstract class AbuseTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_recruit_cannot_start_the_pre_test_once_the_first_session_has_begun()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var visitor = await world.SignedInAsync(recruit);
        var taker = new Taker(visitor, world.CohortId, "pre");

        var start = await visitor.OpenAsync(taker.Start);
        var forged = await visitor.SubmitAsync(start, "start-test", ("Input.Attempt", "1"));

        Assert.Contains("The pre-test closed on", start.Text);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Empty(await world.AttemptsAsync(enrollment));
    }

    [SkippableFact]
    public async Task A_recruit_cannot_start_the_post_test_before_it_opens()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var visitor = await world.SignedInAsync(recruit);
        var start = await visitor.OpenAsync($"/learn/cohorts/{world.CohortId}/tests/post");

        var forged = await visitor.SubmitAsync(start, "start-test", ("Input.Attempt", "1"));

        Assert.Contains("The post-test opens on", start.Text);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Empty(await world.AttemptsAsync(enrollment));
    }

    [SkippableFact]
    public async Task An_answer_posted_after_the_window_closed_is_refused_and_nothing_is_saved()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        await taker.StartAsync();
        var page = await taker.OpenAsync(1);
        var review = await taker.Visitor.OpenAsync(taker.Review);
        await MoveFirstSessionToAsync(world, Factory.Now.AddMinutes(-5));

        var answer = await taker.PostAnswerAsync(page, Taker.Choose(1));
        var submit = await taker.Visitor.SubmitAsync(review, "submit-test");
        var refusal = await taker.Visitor.FollowAsync(await taker.PostAnswerAsync(page, Taker.Choose(2)));

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, submit.StatusCode);
        Assert.Contains("The pre-test closed on", refusal.Text);
        Assert.Empty(await world.AnswersAsync(enrollment));
        Assert.Null(Assert.Single(await world.AttemptsAsync(enrollment)).SubmittedAt);
    }

    [SkippableFact]
    public async Task A_recruit_cannot_answer_in_a_cohort_they_are_not_enrolled_in()
    {
        var theirs = await TestWorld.BeforeTheCourseAsync(Factory);
        var other = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, _) = await theirs.EnrolAsync();
        var (_, otherEnrollment) = await other.EnrolAsync();
        var visitor = await theirs.SignedInAsync(recruit);
        var own = new Taker(visitor, theirs.CohortId, "pre");
        await own.StartAsync();
        var ownPage = await own.OpenAsync(1);
        var elsewhere = new Taker(visitor, other.CohortId, "pre");

        var start = await visitor.GetAsync(elsewhere.Start);
        var startPage = await visitor.FollowAsync(await visitor.GetAsync(elsewhere.Start));
        var posted = await visitor.PostAsync(elsewhere.Question(1), FormOf(ownPage, Taker.Choose(1)));
        var submitted = await visitor.PostAsync(elsewhere.Review,
            [KeyValuePair.Create("_handler", "submit-test"), KeyValuePair.Create("Input.Attempt", "1"), Token(ownPage)]);

        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Contains("You are not enrolled in this cohort", startPage.Text);
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, submitted.StatusCode);
        Assert.Empty(await other.AttemptsAsync(otherEnrollment));
        Assert.False(await Factory.WithDatabaseAsync(db => db.TestAttempts.AnyAsync(a =>
            db.Enrollments.Any(e => e.Id == a.EnrollmentId && e.CohortId == other.CohortId))));
    }

    [SkippableFact]
    public async Task A_withdrawn_recruit_can_no_longer_answer()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        await taker.StartAsync();
        var page = await taker.OpenAsync(1);
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Enrollments.SingleAsync(e => e.Id == enrollment)).Withdraw(world.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });

        var answer = await taker.PostAnswerAsync(page, Taker.Choose(1));

        Assert.Equal(HttpStatusCode.Forbidden, answer.StatusCode);
        Assert.Empty(await world.AnswersAsync(enrollment));
    }

    [SkippableFact]
    public async Task Fields_added_to_the_form_cannot_set_a_score_and_options_that_are_not_the_questions_are_refused()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        await taker.StartAsync();
        var questions = await world.QuestionsAsync();
        var wrong = Taker.WrongAnswer(questions[0].Kind, questions[0].Weights);

        var withScore = await taker.AnswerAsync(1, [.. wrong, ("Input.Score", "1"), ("Score", "100"), ("Input.ScorePercent", "100")]);
        var notAnOption = await taker.AnswerAsync(2, Taker.Choose(7));
        var twoForOne = await taker.AnswerAsync(4, Taker.Choose(1, 2));
        var agreementOnChoice = await taker.AnswerAsync(4, ("Input.Agreement", "5"));
        var otherAttempt = await taker.AnswerAsync(4, [.. Taker.Choose(2), ("Input.Attempt", "2")]);
        Taker.Redirected(await taker.SubmitAsync());

        Taker.Redirected(withScore);
        Assert.Equal(HttpStatusCode.BadRequest, notAnOption.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, twoForOne.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, agreementOnChoice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherAttempt.StatusCode);
        var answer = Assert.Single(await world.AnswersAsync(enrollment));
        Assert.Equal((questions[0].Id, 0m), (answer.CourseQuestionId, answer.Score));
        Assert.Equal(0m, Assert.Single(await world.AttemptsAsync(enrollment)).ScorePercent);
    }

    [SkippableFact]
    public async Task The_same_answer_posted_again_or_many_times_at_once_is_one_answer()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        await taker.StartAsync();
        var page = await taker.OpenAsync(3);

        var replays = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => taker.PostAnswerAsync(page, Taker.Choose(1, 2))));
        Taker.Redirected(await taker.PostAnswerAsync(page, Taker.Choose(1, 2)));

        Assert.All(replays, Taker.Redirected);
        var answer = Assert.Single(await world.AnswersAsync(enrollment));
        Assert.Equal(("1,2", 1m), (answer.ChosenOptions, answer.Score));
    }

    [SkippableFact]
    public async Task A_replayed_submit_or_start_changes_nothing_and_a_submitted_attempt_takes_no_more_answers()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "post");
        var startPage = await taker.Visitor.OpenAsync(taker.Start);
        await taker.Visitor.FollowAsync(await taker.Visitor.SubmitAsync(startPage, "start-test"));
        var question = await taker.OpenAsync(3);
        Taker.Redirected(await taker.PostAnswerAsync(question, Taker.Choose(1, 2)));
        var review = await taker.Visitor.OpenAsync(taker.Review);
        Taker.Redirected(await taker.Visitor.SubmitAsync(review, "submit-test"));
        var submitted = Assert.Single(await world.AttemptsAsync(enrollment));

        var replayedSubmits = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => taker.Visitor.SubmitAsync(review, "submit-test")));
        var replayedStart = await taker.Visitor.SubmitAsync(startPage, "start-test");
        var lateAnswer = await taker.PostAnswerAsync(question, Taker.Choose(3));

        Assert.All(replayedSubmits, Taker.Redirected);
        Assert.Equal(HttpStatusCode.Forbidden, replayedStart.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, lateAnswer.StatusCode);
        var after = Assert.Single(await world.AttemptsAsync(enrollment));
        Assert.Equal((submitted.SubmittedAt, submitted.ScorePercent, submitted.Version), (after.SubmittedAt, after.ScorePercent, after.Version));
        Assert.Equal("1,2", Assert.Single(await world.AnswersAsync(enrollment)).ChosenOptions);
    }

    [SkippableFact]
    public async Task A_recruit_sees_neither_the_cohorts_results_nor_its_test_controls()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var visitor = await world.SignedInAsync(recruit);

        foreach (var url in new[]
                 {
                     $"/cohorts/{world.CohortId}/results", $"/cohorts/{world.CohortId}/tests",
                     $"/cohorts/{world.CohortId}/tests/recruits/{enrollment}", $"/cohorts/{world.CohortId}/tests/recruits/{enrollment}/paper/post",
                 })
            Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync(url)).StatusCode);
    }

    static Task MoveFirstSessionToAsync(TestWorld world, DateTime startsAt) => world.Factory.WithDatabaseAsync(async db =>
    {
        var first = await db.CohortSessions.Where(s => s.CohortId == world.CohortId).OrderBy(s => s.StartsAt).FirstAsync();
        first.Reschedule(startsAt, startsAt.AddHours(1), first.Location);
        return await db.SaveChangesAsync();
    });

    static KeyValuePair<string, string> Token(HtmlPage page) =>
        KeyValuePair.Create("__RequestVerificationToken", page.FieldValue("__RequestVerificationToken")!);

    static IEnumerable<KeyValuePair<string, string>> FormOf(HtmlPage page, (string Name, string Value)[] fields) =>
        [KeyValuePair.Create("_handler", "answer"), KeyValuePair.Create("Input.Attempt", "1"), Token(page),
            .. fields.Select(f => KeyValuePair.Create(f.Name, f.Value))];

    public sealed class OnSqlite(SqliteLmsFactory factory) : AbuseTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : AbuseTests(factory), IClassFixture<PostgresLmsFactory>;
}
