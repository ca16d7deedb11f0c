using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Harness;
using SmartPolicingLms.Web.Tests.Reports;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// A program officer on a phone, in a real browser on a real socket (issue 13 part 3): opens the reports, finds no
// target set for the officers already trained, sets one, and sees the trained-against-target chart and table move.
// At each step the page fits the phone's width and axe-core finds nothing wrong with it.
public abstract class ReportsJourneyTests : LmsTest
{
    protected ReportsJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task A_program_officer_on_a_phone_sets_a_target_and_sees_the_trained_against_target_figure_move()
    {
        await using var installation = Factory.NewInstallation();
        installation.ServeCompressedAssets = true;
        installation.UseKestrel(0);
        installation.StartServer();
        var world = await ReportWorld.CreateAsync(installation);
        var year = installation.Now.AddDays(-1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        SetDefaultExpectTimeout(15_000);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = installation.ClientOptions.BaseAddress.ToString(),
            ViewportSize = Chromium.Phone,
        });
        var page = await context.NewPageAsync();
        var serverErrors = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
                serverErrors.Add($"{response.Status} {response.Url}");
        };
        await Chromium.SignInAsync(page, world.Officer.Email, world.Officer.Password);
        var problems = new List<string>();

        await page.GotoAsync("reports");
        var target = page.GetByTestId("targets").Locator("tbody tr").First;
        await Expect(target.GetByTestId("target")).ToHaveTextAsync("not set");
        problems.AddRange(await Accessibility.ProblemsAsync(page, "before a target is set"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Training targets" }).First.ClickAsync();
        await page.Locator("#institution").SelectOptionAsync(world.InstitutionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#course").SelectOptionAsync(Completion.CompletionWorld.Course);
        await page.Locator("#year").FillAsync(year);
        await page.Locator("#officers").FillAsync("4");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save target" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("The target is saved.");
        problems.AddRange(await Accessibility.ProblemsAsync(page, "with a target saved"));

        await page.GotoAsync("reports");
        await Expect(target.GetByTestId("target")).ToHaveTextAsync("4");
        await Expect(target.GetByTestId("share")).ToHaveTextAsync("25%");
        await Expect(page.Locator("#targets-chart-desc")).ToContainTextAsync("1 of 4 (25%)");
        problems.AddRange(await Accessibility.ProblemsAsync(page, "against the target"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(serverErrors);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ReportsJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ReportsJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
