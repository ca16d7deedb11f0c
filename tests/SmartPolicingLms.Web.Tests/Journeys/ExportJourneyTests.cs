using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.CertificateExport;
using SmartPolicingLms.Web.Tests.Exports;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// A program officer at phone width (the page passing axe-core and fitting the screen) opens Exports from the menu, ticks one cohort, sees what it covers, and downloads
// the completion register and the certificates of that cohort.
public abstract class ExportJourneyTests : LmsTest
{
    protected ExportJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task A_program_officer_chooses_a_cohort_and_downloads_its_register_and_its_certificates()
    {
        await using var installation = Factory.NewInstallation();
        installation.ServeCompressedAssets = true;
        installation.UseKestrel(0);
        installation.StartServer();
        var scene = await ExportScene.CreateAsync(installation);
        await ExportScene.RenameAsync(installation, scene.Certified, "Айгүл Өмүрбекова", "KG-0042");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        SetDefaultExpectTimeout(15_000);
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = installation.ClientOptions.BaseAddress.ToString(), ViewportSize = Chromium.Phone, AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var serverErrors = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
                serverErrors.Add($"{response.Status} {response.Url}");
        };

        try
        {
            await Chromium.SignInAsync(page, scene.ProgramOfficer.Email, scene.ProgramOfficer.Password);
            await page.GotoAsync(ReportLinks.Exports);
            await page.Locator($"#cohort-{scene.Closed.CohortId}").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Show what this covers" }).ClickAsync();
            await Expect(page.GetByTestId("covered")).ToContainTextAsync("1 cohort with 2 enrolled recruits");
            var problems = await Accessibility.ProblemsAsync(page, "with a cohort chosen");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("register-csv").ClickAsync());
            var rows = RegisterReading.Csv(await File.ReadAllBytesAsync(await download.PathAsync()));

            Assert.Equal("completion-register.csv", download.SuggestedFilename);
            Assert.Equal(["Kofi Short", "Айгүл Өмүрбекова"], rows.Select(r => r["Recruit"]).Order(StringComparer.Ordinal));
            Assert.Contains(rows, r => r["Recruit"] == "Айгүл Өмүрбекова" && r["Service number"] == "KG-0042" && r["Completed"] == "yes"
                && r["Certificate status"] == "valid");

            var certificates = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("certificates-zip").ClickAsync());
            var entries = ZipReading.Entries(await File.ReadAllBytesAsync(await certificates.PathAsync()));

            Assert.EndsWith(".zip", certificates.SuggestedFilename, StringComparison.Ordinal);
            var entry = Assert.Single(entries);
            // Named by serial and the name the certificate printed when it was issued (before the rename above).
            Assert.Matches(@"^\S+-\d{4}-\d{5} \S.*\.pdf$", entry.Key);
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(entry.Value[..5]), StringComparison.Ordinal);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.Empty(serverErrors);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ExportJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ExportJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
