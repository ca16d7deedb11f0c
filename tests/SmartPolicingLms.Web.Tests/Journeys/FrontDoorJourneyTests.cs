using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// The front door on a 390 px phone, in a real browser (issue 18 part 1): the sign-in page and an instructor's home
// read without zooming out and axe-core finds no WCAG failure in the app's own colours.
public abstract class FrontDoorJourneyTests : LmsTest
{
    protected FrontDoorJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task The_sign_in_page_and_an_instructor_s_home_read_on_a_phone_with_no_accessibility_failure()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var scene = await FrontDoorScene.CreateAsync(installation);

        await using var browser = await JourneyBrowser.OpenAsync(installation, locale: "en-US", phone: true);
        var page = browser.Page;
        try
        {
            await page.GotoAsync("Account/Login");
            await Expect(page.GetByTestId("ways-in")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in with your one-time code" })).ToBeVisibleAsync();
            await browser.CheckAsync("en", "the sign-in page");

            await Chromium.SignInAsync(page, scene.Instructor.Email, scene.Instructor.Password);
            await page.GotoAsync("");
            await Expect(page.GetByTestId("roll-call-due")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("institution-name")).ToHaveTextAsync("Ghana Police Training School, Accra");
            await browser.CheckAsync("en", "an instructor's home");
            browser.AssertClean();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : FrontDoorJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : FrontDoorJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
