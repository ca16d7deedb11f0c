using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// On a styled phone, an instructor marks one recruit absent and another present: each mark has a look of its own, the
// chosen one stands out from the others (filled and ticked), Absent never looks like Present, and axe finds nothing.
public abstract class RollCallMarksJourneyTests : LmsTest
{
    protected RollCallMarksJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    sealed record Look(string Background, string Colour, string Tick);

    [SkippableFact]
    public async Task The_chosen_mark_stands_out_and_absent_does_not_look_like_present_on_a_phone()
    {
        await using var installation = Factory.NewInstallation();
        installation.ServeCompressedAssets = true;
        installation.UseKestrel(0);
        installation.StartServer();
        // Sessions two days ago and yesterday: the roll call of the first is open.
        var firstStart = installation.Now.Date.AddDays(-2).AddHours(9);
        var cohort = await new CohortBuilder(installation)
            .DailyContactSessions(firstStart, TimeSpan.FromHours(3), "Room 4")
            .BuildAsync();
        var (_, absent) = await cohort.EnrolNewAsync();
        var (_, present) = await cohort.EnrolNewAsync();

        await using var browser = await JourneyBrowser.OpenAsync(installation, phone: true);
        var page = browser.Page;
        try
        {
            await Chromium.SignInAsync(page, cohort.Lead.Email, cohort.Lead.Password);
            await page.GotoAsync($"cohorts/{cohort.CohortId}/sessions/{cohort.Sessions[0]}/roll-call");
            await Mark(page, absent, "Absent").ClickAsync();
            await Mark(page, present, "Present").ClickAsync();
            await Expect(page.Locator($"#mark-{absent}-Absent")).ToBeCheckedAsync();

            var chosenAbsent = await LookAsync(Mark(page, absent, "Absent"));
            var chosenPresent = await LookAsync(Mark(page, present, "Present"));
            var otherAbsent = await LookAsync(Mark(page, present, "Absent"));
            var otherPresent = await LookAsync(Mark(page, absent, "Present"));
            await browser.CheckAsync("en", "roll call with marks chosen");

            Assert.NotEqual(chosenAbsent.Background, otherAbsent.Background);
            Assert.NotEqual(chosenPresent.Background, otherPresent.Background);
            Assert.NotEqual(chosenAbsent.Background, chosenPresent.Background);
            Assert.NotEqual(otherAbsent.Colour, otherPresent.Colour);
            Assert.Contains("✓", chosenAbsent.Tick);
            Assert.DoesNotContain("✓", otherAbsent.Tick);

            await page.GetByTestId("save-roll-call").ClickAsync();
            await Expect(page.GetByTestId("roll-call-saved")).ToContainTextAsync("2 marks changed");
            await Expect(page.Locator($"#mark-{absent}-Absent")).ToBeCheckedAsync();
            Assert.Equal(chosenAbsent, await LookAsync(Mark(page, absent, "Absent")));
            await browser.CheckAsync("en", "roll call saved");
            browser.AssertClean();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    // The radio buttons are drawn as toggle buttons: their labels are what a person taps and sees.
    static ILocator Mark(IPage page, int enrollmentId, string mark) => page.Locator($"label[for='mark-{enrollmentId}-{mark}']");

    static async Task<Look> LookAsync(ILocator label)
    {
        var look = await label.EvaluateAsync<string[]>(
            "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e).color, getComputedStyle(e, '::before').content]");
        return new Look(look[0], look[1], look[2]);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RollCallMarksJourneyTests(factory), IClassFixture<SqliteLmsFactory>;
}
