using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Assessments;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// The instructor of a course with parallel forms reads the results, compared by objective, at phone width: the page
// passes axe-core and fits the screen.
public abstract class ParallelFormsJourneyTests : LmsTest
{
    protected ParallelFormsJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task The_results_by_objective_read_on_a_phone()
    {
        await using var installation = ParallelFormsTests.WithTwoForms(Factory.NewInstallation(editableCurricula: true));
        installation.UseKestrel(0);
        installation.StartServer();
        var world = await TestWorld.AfterTheCourseAsync(installation);
        var questions = await ParallelFormsTests.FormAsync(world);
        await ParallelFormsTests.TakeAsync(world, questions, pre: q => false, post: q => true);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        SetDefaultExpectTimeout(15_000);
        var context = await browser.NewContextAsync(new() { BaseURL = installation.ClientOptions.BaseAddress.ToString(), ViewportSize = Chromium.Phone });
        var page = await context.NewPageAsync();

        await Chromium.SignInAsync(page, world.Lead.Email, world.Lead.Password);
        await page.GotoAsync($"/cohorts/{world.CohortId}/results");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Objectives" })).ToBeVisibleAsync();
        var problems = await Accessibility.ProblemsAsync(page, "results by objective");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ParallelFormsJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ParallelFormsJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
