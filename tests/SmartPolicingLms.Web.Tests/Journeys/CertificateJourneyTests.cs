using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Certificates;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// A certificate's life in a real browser at phone width: the lead instructor closes the cohort, the recruit downloads
// the certificate from their home page, a visitor with no account opens the link the QR code holds and sees it
// valid, an administrator revokes it, and the same link then says revoked.
public abstract class CertificateJourneyTests : LmsTest
{
    protected CertificateJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task Closed_downloaded_checked_by_anyone_then_revoked()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var world = await CompletionWorld.CreateAsync(installation);
        var (recruit, enrollment) = await world.EnrolAsync();
        await Certify.CompleteEverythingAsync(world, enrollment);
        var admin = await installation.People.CreateAsync(Roles.Administrator);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        SetDefaultExpectTimeout(15_000);
        var serverErrors = new List<string>();
        async Task<IPage> OpenAsync()
        {
            var context = await browser.NewContextAsync(new()
            {
                BaseURL = installation.ClientOptions.BaseAddress.ToString(), ViewportSize = Chromium.Phone, AcceptDownloads = true,
            });
            var opened = await context.NewPageAsync();
            opened.Response += (_, response) =>
            {
                if (response.Status >= 500)
                    serverErrors.Add($"{response.Status} {response.Url}");
            };
            return opened;
        }
        var page = await OpenAsync();

        try
        {
            // The lead closes the cohort from its close page.
            await Chromium.SignInAsync(page, world.Lead.Email, world.Lead.Password);
            await page.GotoAsync(world.Close);
            var closeAnyway = page.GetByLabel("Close anyway");
            if (await closeAnyway.CountAsync() > 0)
                await closeAnyway.CheckAsync();
            await page.GetByLabel("I have read who will and will not complete").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Close the cohort") }).ClickAsync();
            await page.GotoAsync($"cohorts/{world.CohortId}/certificates");
            await Expect(page.GetByTestId("certificate")).ToHaveCountAsync(1);

            // The recruit downloads it from their home page.
            var recruitPage = await OpenAsync();
            await Chromium.SignInAsync(recruitPage, recruit.Email, recruit.Password);
            await recruitPage.GotoAsync("learn");
            var download = await recruitPage.RunAndWaitForDownloadAsync(() => recruitPage.GetByTestId("certificate-pdf").ClickAsync());
            Assert.EndsWith(".pdf", download.SuggestedFilename);
            using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(await download.PathAsync()));
            var text = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
            var link = text.Split(' ').Single(w => w.StartsWith($"{LmsFactory.PublicBaseAddress}/verify/", StringComparison.Ordinal));

            // Anyone opens the printed link (the public address is this server, as it is in production).
            var visitor = await OpenAsync();
            await visitor.GotoAsync(new Uri(link).PathAndQuery.TrimStart('/'));
            await Expect(visitor.GetByTestId("verification")).ToHaveAttributeAsync("data-standing", "Valid");
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "Valid certificate" })).ToBeVisibleAsync();

            // An administrator revokes it.
            var adminPage = await OpenAsync();
            await Chromium.SignInAsync(adminPage, admin.Email, admin.Password);
            await adminPage.GotoAsync($"cohorts/{world.CohortId}/certificates");
            await adminPage.GetByText("Revoke or re-issue").ClickAsync();
            await adminPage.GetByLabel("Why is it revoked?").SelectOptionAsync(new SelectOptionValue { Label = "Issued in error" });
            await adminPage.GetByLabel("I confirm this certificate no longer stands").CheckAsync();
            await adminPage.GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();
            await Expect(adminPage.GetByRole(AriaRole.Status)).ToContainTextAsync("The certificate was revoked.");

            await visitor.ReloadAsync();
            await Expect(visitor.GetByTestId("verification")).ToHaveAttributeAsync("data-standing", "Revoked");
            await Expect(visitor.GetByRole(AriaRole.Heading, new() { NameRegex = new("^Revoked on") })).ToBeVisibleAsync();
            await recruitPage.GotoAsync("learn");
            await Expect(recruitPage.GetByTestId("certificate-pdf")).ToHaveCountAsync(0);
            Assert.Empty(serverErrors);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CertificateJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CertificateJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
