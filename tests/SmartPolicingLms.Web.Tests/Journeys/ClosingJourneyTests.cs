using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Journeys;

// A lead instructor closes a cohort on a phone: reads the preview, is stopped beside the box for not ticking it,
// ticks and closes; then the board and a recruit's progress and home say the final result. Every page fits the
// phone and axe-core finds nothing wrong with it.
public abstract class ClosingJourneyTests : LmsTest
{
    protected ClosingJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task A_lead_on_a_phone_previews_confirms_and_closes_and_every_page_after_says_the_final_result()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var world = await CompletionWorld.CreateAsync(installation);
        var (_, done) = await world.EnrolAsync();
        var (recruit, missed) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (done, Present), (missed, Absent));
        await world.MarkAsync(world.FirstWorkshop, (done, Present), (missed, Present));
        await world.MarkAsync(world.SecondWorkshop, (done, Present), (missed, Present));
        await world.ResultsAsync(done, pre: 50m, post: 80m);
        await world.ResultsAsync(missed, pre: 50m, post: 60m);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        SetDefaultExpectTimeout(15_000);
        var serverErrors = new List<string>();
        async Task<IPage> OpenAsync(Person person)
        {
            var context = await browser.NewContextAsync(new() { BaseURL = installation.ClientOptions.BaseAddress.ToString(), ViewportSize = Chromium.Phone });
            var opened = await context.NewPageAsync();
            opened.Response += (_, response) =>
            {
                if (response.Status >= 500)
                    serverErrors.Add($"{response.Status} {response.Url}");
            };
            await Chromium.SignInAsync(opened, person.Email, person.Password);
            return opened;
        }
        var problems = new List<string>();

        var page = await OpenAsync(world.Lead);
        await page.GotoAsync(world.Close.TrimStart('/'));
        await Expect(page.GetByTestId("outlook")).ToHaveCountAsync(2);
        problems.AddRange(await Accessibility.ProblemsAsync(page, "close page with its preview"));

        var close = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Close the cohort") });
        await close.ClickAsync();
        await Expect(page.Locator("#confirm-closing ~ .validation-message")).ToContainTextAsync("Tick the box to confirm");
        problems.AddRange(await Accessibility.ProblemsAsync(page, "closing refused without the tick"));

        await page.GetByLabel("I have read who will and will not complete").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Close the cohort") }).ClickAsync();
        await Expect(page.GetByTestId("closed")).ToBeVisibleAsync();
        problems.AddRange(await Accessibility.ProblemsAsync(page, "closed"));

        await page.GotoAsync(world.Board.TrimStart('/'));
        await Expect(page.GetByTestId("final-summary")).ToHaveTextAsync("The cohort is closed: 1 of 2 recruits completed the course.");
        problems.AddRange(await Accessibility.ProblemsAsync(page, "board after closing"));

        var recruitPage = await OpenAsync(recruit);
        await recruitPage.GotoAsync(world.Progress.TrimStart('/'));
        await Expect(recruitPage.GetByTestId("completion-state")).ToHaveTextAsync("Not completed");
        problems.AddRange(await Accessibility.ProblemsAsync(recruitPage, "progress after closing"));
        await recruitPage.GotoAsync("learn");
        await Expect(recruitPage.GetByTestId("final-result")).ToContainTextAsync("Not completed");
        problems.AddRange(await Accessibility.ProblemsAsync(recruitPage, "recruit's home after closing"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(serverErrors);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ClosingJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ClosingJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
