using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// On a phone, an instructor opens every co-trainer slot of a draft cohort from the cohort page, fills the first and
// waives the second in one save: the page passes axe-core and fits a 390 px screen, before and after a refusal.
public abstract class AllSlotsJourneyTests : LmsTest
{
    protected AllSlotsJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task An_instructor_fills_a_cohorts_slots_on_one_page_on_a_phone()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var institution = await installation.People.CreateInstitutionAsync();
        var lead = await installation.People.CreateAsync(Roles.Instructor, institution);
        var scheduling = new Scheduling(installation);
        var organisationName = Scheduling.Unique("WAPCAS");
        var organisation = await scheduling.OrganisationAsync(await installation.People.CreateAsync(Roles.Administrator), organisationName);
        var cohort = await scheduling.DraftedCohortAsync(lead, Scheduling.GhanaCourse, Scheduling.MondayAhead());

        await using var browser = await JourneyBrowser.OpenAsync(installation, phone: true);
        var page = browser.Page;
        try
        {
            await Chromium.SignInAsync(page, lead.Email, lead.Password);
            await page.GotoAsync($"cohorts/{cohort}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Fill all co-trainer slots" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Co-trainer slots");
            await browser.CheckAsync("en", "every co-trainer slot of a cohort");

            var organisations = page.Locator("select[name$='.OrganisationId']");
            await organisations.Nth(0).SelectOptionAsync(new SelectOptionValue { Value = organisation.ToString() });
            await organisations.Nth(1).SelectOptionAsync(new SelectOptionValue { Value = organisation.ToString() });
            await page.Locator("textarea[name='Input.Slots[1].WaiverReason']").FillAsync("Nobody is free that week.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save all slots" }).ClickAsync();
            await Expect(page.Locator(".validation-errors")).ToBeVisibleAsync();
            await browser.CheckAsync("en", "the slots page refusing one slot");

            await organisations.Nth(1).SelectOptionAsync(new SelectOptionValue { Value = "" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Save all slots" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/cohorts/{cohort}$"));
            await Expect(page.GetByText(organisationName).First).ToBeVisibleAsync();
            await Expect(page.GetByText("Nobody is free that week.")).ToBeVisibleAsync();
            browser.AssertClean();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : AllSlotsJourneyTests(factory), IClassFixture<SqliteLmsFactory>;
}
