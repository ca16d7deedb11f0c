using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

// After the post-test the recruit reads where they stand: passed or not against the pass mark, attempts left, and,
// once the cohort is closed, their own answers beside the right ones and the bank's feedback.
public abstract class StandingTests(LmsFactory factory) : LmsTest(factory)
{
    // The test course's feedback on its first question (q-referral-benefit).
    const string Feedback = "Used needles returned to the programme do not end up in the places officers search.";

    [SkippableFact]
    public async Task A_recruit_who_passed_reads_passed_against_the_pass_mark_and_no_new_attempt_is_started_even_when_forced()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "post");
        await TakeAsync(world, taker, right: true);

        var start = await taker.Visitor.OpenAsync(taker.Start);
        var forced = await taker.Visitor.SubmitAsync(start, "start-test", ("Input.Attempt", "2"));
        var refusal = await Factory.AsAsync(recruit, services => services.GetRequiredService<StartTest.Handler>()
            .HandleAsync(world.CohortId, TestKind.Post, new StartTest.Command { Attempt = 2 }, CancellationToken.None));

        Assert.Contains("Passed. Your best score, 100%, reaches the pass mark of 70%.",
            HtmlPage.Normalize(start.Document.QuerySelector("[data-testid=standing]")!.TextContent));
        Assert.DoesNotContain("Start the post-test", start.Text);
        Assert.Contains("You have passed the post-test, so there is no further attempt to take.", start.Text);
        Assert.Equal(HttpStatusCode.Forbidden, forced.StatusCode);
        Assert.Equal(RefusalKind.Forbidden, refusal.Kind);
        Assert.Single(await world.AttemptsAsync(enrollment), a => a.Kind == TestKind.Post);
    }

    [SkippableFact]
    public async Task A_recruit_who_failed_reads_not_passed_yet_and_the_attempts_left()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (recruit, _) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "post");
        await TakeAsync(world, taker, right: false);

        var start = await taker.Visitor.OpenAsync(taker.Start);

        Assert.Contains("Not passed yet. Your best score, 0%, is below the pass mark of 70%. You have 1 attempt left.",
            HtmlPage.Normalize(start.Document.QuerySelector("[data-testid=standing]")!.TextContent));
        Assert.Contains("0% (not passed)", start.Text);
        Assert.Contains("Start the post-test (attempt 2)", start.Text);
    }

    [SkippableFact]
    public async Task The_answers_are_refused_before_the_cohort_is_closed_and_shown_with_the_right_answer_and_feedback_after()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (recruit, _) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "post");
        await TakeAsync(world, taker, right: false);
        var answers = $"/learn/cohorts/{world.CohortId}/tests/post/answers";

        var before = await taker.Visitor.GetAsync(answers);
        var beforeText = await before.Content.ReadAsStringAsync();
        var startBefore = await taker.Visitor.OpenAsync(taker.Start);
        await CloseAsync(world.CohortId, world.Lead);
        var after = await taker.Visitor.OpenAsync(answers);
        var startAfter = await taker.Visitor.OpenAsync(taker.Start);

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Contains("once the cohort is closed", beforeText);
        Assert.DoesNotContain(Feedback, beforeText);
        Assert.DoesNotContain("answers", startBefore.Links.Select(l => l.Split('/')[^1]));
        Assert.Contains("answers", startAfter.Links.Select(l => l.Split('/')[^1]));
        var first = after.Document.QuerySelectorAll("[data-testid=answer]")[0];
        var firstText = HtmlPage.Normalize(first.TextContent);
        Assert.Contains("Your answer: It keeps a register of people who inject drugs for the police.", firstText);
        Assert.Contains("Right answer: Fewer used needles are shared or left in public places.", firstText);
        Assert.Equal("Not right.", first.QuerySelector("[data-testid=verdict]")!.TextContent);
        Assert.Contains(Feedback, first.QuerySelector("[data-testid=feedback]")!.TextContent);
    }

    [SkippableFact]
    public async Task A_cohort_in_the_russian_edition_reviews_its_answers_with_the_russian_feedback()
    {
        var courseId = await EditionCourse.ImportAsync(Factory);
        var cohort = await new CohortBuilder(Factory).Of(courseId).InEdition(EditionCourse.Russian)
            .Session(module: 2, Factory.Now.AddDays(-9), TimeSpan.FromHours(1), slots: false)
            .Session(module: 3, Factory.Now.AddDays(-8), TimeSpan.FromHours(1), slots: false).BuildAsync();
        var (recruit, _) = await cohort.EnrolNewAsync(Factory.Now.AddDays(-30));
        var visitor = new Visitor(Factory);
        await visitor.SignInAsync(recruit);
        var taker = new Taker(visitor, cohort.CohortId, "post");
        await taker.StartAsync();
        Taker.Redirected(await taker.SubmitAsync());
        await CloseAsync(cohort.CohortId, cohort.Lead);

        var page = await visitor.OpenAsync($"/learn/cohorts/{cohort.CohortId}/tests/post/answers");

        var first = EditionCourse.English.Questions.First(q => q.InPostTest);
        Assert.Contains(EditionCourse.Prompt(first), page.Text);
        Assert.Equal("Отзыв", page.Document.QuerySelector("[data-testid=feedback]")!.TextContent.Trim());
        Assert.Equal("ru", page.Document.QuerySelector("[data-testid=feedback]")!.GetAttribute("lang"));
        Assert.DoesNotContain(Feedback, page.Text);
    }

    // Every question answered right, or every scored one wrong (attitude items: agree), then submitted.
    static async Task TakeAsync(TestWorld world, Taker taker, bool right)
    {
        var questions = await world.QuestionsAsync();
        await taker.StartAsync();
        for (var n = 1; n <= questions.Count; n++)
        {
            var (_, _, kind, weights) = questions[n - 1];
            Taker.Redirected(await taker.AnswerAsync(n, right ? Taker.RightAnswer(kind, weights) : Taker.WrongAnswer(kind, weights)));
        }
        Taker.Redirected(await taker.SubmitAsync());
    }

    async Task CloseAsync(int cohortId, Person lead)
    {
        var outcome = await Factory.AsAsync(lead, async services => await services.GetRequiredService<CloseCohort.Handler>().HandleAsync(cohortId,
            new CloseCohort.Command { Version = await Scheduling.VersionAsync(cohortId), ConfirmMissingRollCalls = true, Confirmed = true }, CancellationToken.None));
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : StandingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : StandingTests(factory), IClassFixture<PostgresLmsFactory>;
}
