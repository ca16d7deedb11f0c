using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using SmartPolicingLms.Web.Tests.Institutions;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// A lead instructor on a phone, in a real browser on a real socket (issue 12 part 2): finds the certificate settings
// from the cohort list, is told beside the field what a half-filled signatory lacks, saves three signatories and
// uploads a crest. At each step the page fits the phone's width and axe-core finds nothing wrong with it.
public abstract class CertificateSettingsJourneyTests : LmsTest
{
    protected CertificateSettingsJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task A_lead_instructor_on_a_phone_sets_three_signatories_and_a_crest_on_a_page_that_fits_and_passes_axe()
    {
        await using var installation = Factory.NewInstallation();
        installation.ServeCompressedAssets = true;
        installation.UseKestrel(0);
        installation.StartServer();
        var world = await CompletionWorld.CreateAsync(installation);

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
        await Chromium.SignInAsync(page, world.Lead.Email, world.Lead.Password);
        var problems = new List<string>();

        await page.GotoAsync("cohorts");
        await page.GetByRole(AriaRole.Link, new() { Name = "Certificate signatories and crest" }).ClickAsync();
        await Expect(page.GetByTestId("no-crest")).ToBeVisibleAsync();
        problems.AddRange(await Accessibility.ProblemsAsync(page, "as first opened"));

        await page.Locator("#signatory-0-title").FillAsync("Commandant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save signatories" }).ClickAsync();
        await Expect(page.Locator("#signatory-0-name ~ .validation-message")).ToHaveTextAsync("Signatory 1: enter the name, as it is printed under the signature line.");
        problems.AddRange(await Accessibility.ProblemsAsync(page, "with a refusal beside a field"));

        string[][] signatories =
        [
            ["Жыпаргүл Өмүрбекова-Ңурланбекова", "Начальник Академии МВД Кыргызской Республики"],
            ["Нурбек Төлөгөнович Сыдыкбеков", "Заместитель начальника по учебной работе"],
            ["Ama Mensah", "Head of the Harm Reduction Training Unit"],
        ];
        for (var i = 0; i < signatories.Length; i++)
        {
            await page.Locator($"#signatory-{i}-name").FillAsync(signatories[i][0]);
            await page.Locator($"#signatory-{i}-title").FillAsync(signatories[i][1]);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save signatories" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("The signatories are saved.");
        await page.Locator("#crest-file").SetInputFilesAsync(new FilePayload
        {
            Name = "crest.png", MimeType = "image/png", Buffer = CrestFiles.Png(1200, 800),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload crest" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("The crest is saved.");
        await Expect(page.GetByTestId("crest").Locator("img")).ToBeVisibleAsync();
        problems.AddRange(await Accessibility.ProblemsAsync(page, "with three signatories and a crest"));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(serverErrors);
        var stored = await installation.WithDatabaseAsync(db => db.Institutions.AsNoTracking().SingleAsync(i => i.Id == world.InstitutionId));
        Assert.Equal(signatories.Select(s => new Signatory(s[0], s[1])), stored.Signatories);
        Assert.NotNull(stored.CrestId);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CertificateSettingsJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CertificateSettingsJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
