using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Scoring;
using SmartPolicingLms.Web.Features.CohortResults;
using SmartPolicingLms.Web.Features.Enrolment;
using SmartPolicingLms.Web.Tests.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// A recruit on a phone, in a real browser on a real socket (issue 6 part 7): signs in with the code from the roster
// sheet, chooses a password, answers half the pre-test, closes the browser, comes back with the password, finds the
// answers kept and submits; reads the self-study module; after the last session takes the post-test; and the
// cohort's instructor sees the gain and the per-question table that follow from those answers.
public abstract class RecruitJourneyTests : LmsTest
{
    protected RecruitJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    sealed record Question(int Number, string Prompt, QuestionKind Kind, IReadOnlyList<decimal> Weights);

    [SkippableFact]
    public async Task A_recruit_on_a_phone_takes_both_tests_across_two_visits_and_the_instructor_sees_the_gain()
    {
        await using var installation = Factory.NewInstallation();
        var clock = installation.Clock;
        installation.UseKestrel(0);
        installation.StartServer();

        // The test course: module 1 self-study, sessions a week and eight days from now; 5 scored questions, 2 attitude items.
        var world = await CohortAsync(installation);
        var serviceNumber = $"GPS-{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        var code = await ImportAsync(installation, world, $"name,service number,email\nAma Mensah,{serviceNumber},\n");
        var questions = await QuestionsAsync(installation, world.CohortId);
        var scored = questions.Where(q => q.Kind != QuestionKind.Attitude).ToList();
        Assert.True(questions.Count >= 4, $"the test course has only {questions.Count} questions");
        // Before the course: only the first two scored questions right. After: all but the last scored one.
        var preRight = scored.Take(2).Select(q => q.Number).ToHashSet();
        var postRight = scored.SkipLast(1).Select(q => q.Number).ToHashSet();
        int[] Pre(Question q) => Answer(q, preRight.Contains(q.Number), agreement: 2);
        int[] Post(Question q) => Answer(q, postRight.Contains(q.Number), agreement: 4);
        var half = questions.Count / 2;
        var password = Harness.People.NewPassword();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        SetDefaultExpectTimeout(15_000);
        var serverErrors = new List<string>();
        var phone = new BrowserNewContextOptions
        {
            BaseURL = installation.ClientOptions.BaseAddress.ToString(),
            ViewportSize = Chromium.Phone,
        };
        async Task<IPage> OpenBrowserAsync()
        {
            var context = await browser.NewContextAsync(phone);
            var opened = await context.NewPageAsync();
            opened.Response += (_, response) =>
            {
                if (response.Status >= 500)
                    serverErrors.Add($"{response.Status} {response.Url}");
            };
            return opened;
        }
        var preTest = $"learn/cohorts/{world.CohortId}/tests/pre";
        var page = await OpenBrowserAsync();

        try
        {
            // First visit: the code from the sheet, a password of their own, half the pre-test.
            await page.GotoAsync("code");
            await page.GetByLabel("Service number or email").FillAsync(serviceNumber);
            await page.GetByLabel("Code", new() { Exact = true }).FillAsync(code);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/first-sign-in$"));
            await page.GetByLabel("New password", new() { Exact = true }).FillAsync(password);
            await page.GetByLabel("New password again").FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
            // A recruit lands on their training, not on a generic home page.
            await Expect(page).ToHaveURLAsync(new Regex("/learn$"));

            await page.GotoAsync("learn");
            await page.GetByRole(AriaRole.Link, new() { Name = "Go to the pre-test" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Start the pre-test" }).ClickAsync();
            foreach (var question in questions.Take(half))
                await AnswerAsync(page, question, Pre(question));
            await Expect(page).ToHaveURLAsync(new Regex($"/tests/pre/q/{half + 1}$"));
            await page.Context.CloseAsync();

            // Second visit, a new browser: the password, the pre-test found from the recruit's page, the answers kept.
            page = await OpenBrowserAsync();
            await Chromium.SignInAsync(page, serviceNumber, password);
            await page.GotoAsync("learn");
            await page.GetByRole(AriaRole.Link, new() { Name = "Go to the pre-test" }).ClickAsync();
            await Expect(page.GetByText($"You have answered {half} of {questions.Count} questions.")).ToBeVisibleAsync();
            await page.GotoAsync($"{preTest}/q/1");
            foreach (var position in Pre(questions[0]))
                await Expect(Input(page, questions[0], position)).ToBeCheckedAsync();
            await page.GotoAsync(preTest);
            await page.GetByRole(AriaRole.Link, new() { Name = "Continue", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($"/tests/pre/q/{half + 1}$"));
            foreach (var question in questions.Skip(half))
                await AnswerAsync(page, question, Pre(question));
            await Expect(page.GetByText("You have answered every question.")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit the pre-test" }).ClickAsync();
            await Expect(page.GetByText("You have taken the pre-test.")).ToBeVisibleAsync();

            // The self-study module, marked read.
            await page.GotoAsync("learn");
            var selfStudy = await installation.WithDatabaseAsync(db => db.CourseModules
                .Where(m => m.CourseVersionId == db.Cohorts.Where(c => c.Id == world.CohortId).Select(c => c.CourseVersionId).Single()
                    && m.Delivery == Delivery.SelfStudy)
                .OrderBy(m => m.Number).Select(m => m.Title).FirstAsync());
            await page.GetByRole(AriaRole.Link, new() { Name = selfStudy, Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "I have read this" }).ClickAsync();
            await Expect(page.GetByText("You marked this module as read")).ToBeVisibleAsync();
            await page.GotoAsync("learn");
            await Expect(page.GetByText("self-study: 1 of 1 read")).ToBeVisibleAsync();
            await page.Context.CloseAsync();

            // The course is over: the post-test, days later, on the phone again.
            clock.Advance(TimeSpan.FromDays(10));
            page = await OpenBrowserAsync();
            await Chromium.SignInAsync(page, serviceNumber, password);
            await page.GotoAsync("learn");
            await page.GetByRole(AriaRole.Link, new() { Name = "Go to the post-test" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Start the post-test" }).ClickAsync();
            foreach (var question in questions)
                await AnswerAsync(page, question, Post(question));
            await page.GetByRole(AriaRole.Button, new() { Name = "Submit the post-test" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Post-test" })).ToBeVisibleAsync();

            // The scores the app stored are the ones the answers give.
            var attempts = await installation.WithDatabaseAsync(db => db.TestAttempts.AsNoTracking()
                .Where(a => db.Enrollments.Any(e => e.Id == a.EnrollmentId && e.CohortId == world.CohortId) && a.SubmittedAt != null)
                .ToListAsync());
            var preScore = Assert.Single(attempts, a => a.Kind == TestKind.Pre).ScorePercent!.Value;
            var postScore = Assert.Single(attempts, a => a.Kind == TestKind.Post).ScorePercent!.Value;
            Assert.Equal(Score(scored, Pre), preScore);
            Assert.Equal(Score(scored, Post), postScore);
            Assert.NotEqual(preScore, postScore);

            // The cohort's instructor, on their own browser, reads the results.
            page = await OpenBrowserAsync();
            await Chromium.SignInAsync(page, world.Lead.Email, world.Lead.Password);
            await page.GotoAsync($"cohorts/{world.CohortId}/results");
            var gain = QuestionScoring.NormalisedGain(ResultMath.Mean([preScore])!.Value, ResultMath.Mean([postScore])!.Value)!.Value;
            await Expect(page.Locator("li", new() { HasText = "Mean over the 1 of 1 recruits" }))
                .ToContainTextAsync($"pre-test {Percent(preScore)}, post-test {Percent(postScore)}");
            await Expect(page.Locator("li", new() { HasText = "Normalised gain" }))
                .ToContainTextAsync(gain.ToString("0.00", CultureInfo.InvariantCulture));
            var rows = page.Locator("table").Filter(new() { Has = page.GetByRole(AriaRole.Columnheader, new() { Name = "Right before" }) })
                .Locator("tbody tr");
            await Expect(rows).ToHaveCountAsync(scored.Count);
            foreach (var question in scored)
            {
                var before = ScoreOf(question, Pre(question));
                var after = ScoreOf(question, Post(question));
                var cells = rows.Filter(new() { HasText = question.Prompt }).Locator("td");
                await Expect(cells.Nth(2)).ToHaveTextAsync(ResultMath.Percent(before == 1m ? 1m : 0m));
                await Expect(cells.Nth(3)).ToHaveTextAsync(ResultMath.Percent(after == 1m ? 1m : 0m));
                await Expect(cells.Nth(5)).ToHaveTextAsync($"{ResultMath.Percent(before)} → {ResultMath.Percent(after)}");
            }
            Assert.Empty(serverErrors);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    // The written positions (1-based) to tick, or for an attitude item the point of the scale.
    static int[] Answer(Question question, bool right, int agreement) => question.Kind switch
    {
        QuestionKind.Attitude => [agreement],
        _ when right => [.. question.Weights.Select((w, i) => (w, i)).Where(x => x.w > 0).Select(x => x.i + 1)],
        _ => [question.Weights.Select((w, i) => (w, i)).First(x => x.w <= 0).i + 1],
    };

    static decimal ScoreOf(Question question, int[] positions) =>
        QuestionScoring.Choice(question.Kind, question.Weights, [.. positions.Select(p => p - 1)]);

    static decimal Score(IReadOnlyList<Question> scored, Func<Question, int[]> answers) =>
        QuestionScoring.Percent([.. scored.Select(q => ScoreOf(q, answers(q)))], scored.Count);

    static string Percent(decimal score) => $"{score:0.#}%";

    static ILocator Input(IPage page, Question question, int position) => page.Locator(question.Kind == QuestionKind.Attitude
        ? $"input[name='Input.Agreement'][value='{position}']"
        : $"input[name='Input.Chosen'][value='{position}']");

    static async Task AnswerAsync(IPage page, Question question, int[] positions)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex($"^Question {question.Number} of "));
        foreach (var position in positions)
            await Input(page, question, position).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Save and (continue|review)$") }).ClickAsync();
    }

    sealed record World(int CohortId, Person Lead);

    // A published cohort of the test course at an institution of its own, as EnrolmentWorld's (whose Visitor
    // cannot sign in on a real socket, where redirects are followed for it), sessions a week from now.
    static async Task<World> CohortAsync(LmsFactory installation)
    {
        var firstStart = installation.Now.Date.AddDays(7).AddHours(9);
        var cohort = await new CohortBuilder(installation)
            .Running(DateOnly.FromDateTime(firstStart), DateOnly.FromDateTime(firstStart.AddDays(1)))
            .DailyContactSessions(firstStart, TimeSpan.FromHours(3), "Room 4")
            .BuildAsync();
        return new World(cohort.CohortId, cohort.Lead);
    }

    // The roster import use case, as the instructor's upload runs it; the one plain code of the printed sheet.
    static async Task<string> ImportAsync(LmsFactory installation, World world, string csv)
    {
        Outcome<ImportRoster.Imported>? outcome = null;
        await installation.AsAsync(world.Lead, async services => outcome = await services.GetRequiredService<ImportRoster.Handler>()
            .HandleAsync(new ImportRoster.Command(world.CohortId, System.Text.Encoding.UTF8.GetBytes(csv)),
                CancellationToken.None));
        Assert.True(outcome!.Succeeded, string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
        return Assert.Single(outcome.Value!.Sheet).Code!;
    }

    // The course's questions in the order the tests ask them, with their prompts as plain text.
    static Task<List<Question>> QuestionsAsync(LmsFactory installation, int cohortId) => installation.WithDatabaseAsync(async db =>
    {
        var version = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.CourseVersionId).SingleAsync();
        var questions = await db.CourseQuestions.AsNoTracking().Where(q => q.CourseVersionId == version)
            .Include(q => q.Options).OrderBy(q => q.Position).ToListAsync();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        return questions.Select((q, i) => new Question(i + 1, HtmlPage.Normalize(parser.ParseDocument(q.PromptHtml).Body!.TextContent),
            q.Kind, [.. q.Options.OrderBy(o => o.Position).Select(o => o.Weight)])).ToList();
    });

    public sealed class OnSqlite(SqliteLmsFactory factory) : RecruitJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RecruitJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
