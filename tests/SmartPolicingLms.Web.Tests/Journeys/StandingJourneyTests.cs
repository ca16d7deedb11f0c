using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Assessments;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// On a phone, a recruit who passed the post-test reads their standing and progress, and after the cohort is closed
// reviews their answers: every page passes axe-core and fits a 390 px screen.
public abstract class StandingJourneyTests : LmsTest
{
    protected StandingJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task A_recruit_reads_where_they_stand_and_reviews_their_answers_on_a_phone()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var world = await TestWorld.AfterTheCourseAsync(installation);
        var (recruit, enrollment) = await world.EnrolAsync();
        await installation.WithDatabaseAsync(db =>
        {
            var attempt = TestAttempt.Start(enrollment, TestKind.Post, 1, AttemptSource.Online, null, installation.Now.AddHours(-1));
            attempt.Submit(85m, installation.Now.AddMinutes(-30));
            db.TestAttempts.Add(attempt);
            return db.SaveChangesAsync();
        });

        await using var browser = await JourneyBrowser.OpenAsync(installation, phone: true);
        var page = browser.Page;
        try
        {
            await Chromium.SignInAsync(page, recruit.Email, recruit.Password);
            await page.GotoAsync($"learn/cohorts/{world.CohortId}/tests/post");
            await Expect(page.GetByTestId("standing")).ToContainTextAsync("Passed.");
            await browser.CheckAsync("en", "the post-test, passed");
            await page.GotoAsync($"learn/cohorts/{world.CohortId}/progress");
            await Expect(page.GetByTestId("requirements")).ToBeVisibleAsync();
            await browser.CheckAsync("en", "progress with what completes the course");

            var outcome = await installation.AsAsync(world.Lead, async services => await services.GetRequiredService<CloseCohort.Handler>()
                .HandleAsync(world.CohortId, new CloseCohort.Command
                {
                    Version = await new Scheduling(installation).VersionAsync(world.CohortId), ConfirmMissingRollCalls = true, Confirmed = true,
                }, CancellationToken.None));
            Assert.True(outcome.Succeeded);
            await page.GotoAsync($"learn/cohorts/{world.CohortId}/tests/post");
            await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Review your answers with the right answers" }).ClickAsync();
            await Expect(page.GetByTestId("answer").First).ToContainTextAsync("Right answer:");
            await browser.CheckAsync("en", "the post-test answers after closing");
            browser.AssertClean();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : StandingJourneyTests(factory), IClassFixture<SqliteLmsFactory>;
}
