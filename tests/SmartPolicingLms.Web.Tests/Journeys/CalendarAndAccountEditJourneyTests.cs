using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// On a 390 px phone in Chromium: an instructor looks at their week and month, an administrator opens an account's edit
// form and deactivates the account. Each page fits the phone's width and axe-core finds nothing wrong with it.
public abstract class CalendarAndAccountEditJourneyTests : LmsTest
{
    protected CalendarAndAccountEditJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task The_calendar_and_the_account_edit_page_fit_a_phone_and_pass_axe()
    {
        await using var installation = Factory.NewInstallation();
        installation.ServeCompressedAssets = true;
        installation.UseKestrel(0);
        installation.StartServer();
        var institution = await installation.People.CreateInstitutionAsync(country: "KG", timeZone: "Asia/Bishkek");
        var lead = await installation.People.CreateAsync(Roles.Instructor, institution);
        var today = installation.Now.Date;
        await new CohortBuilder(installation).AtInstitution(institution).LedBy(lead)
            .DailyContactSessions(today.AddHours(3), TimeSpan.FromHours(3), "Training room 2, Academy of the Ministry of Internal Affairs")
            .BuildAsync();
        var administrator = await installation.People.CreateAsync(Roles.Administrator);

        await using (var instructor = await JourneyBrowser.OpenAsync(installation, phone: true))
        {
            await Chromium.SignInAsync(instructor.Page, lead.Email, lead.Password);
            await instructor.Page.GotoAsync("calendar/mine");
            await Expect(instructor.Page.GetByTestId("calendar-session").First).ToBeVisibleAsync();
            await instructor.CheckAsync("en", "the week");
            await instructor.Page.GetByRole(AriaRole.Link, new() { Name = "Month", Exact = true }).ClickAsync();
            await Expect(instructor.Page.Locator("h2#period-heading")).Not.ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Week"));
            await instructor.CheckAsync("en", "the month");
            instructor.AssertClean();
        }

        await using var admin = await JourneyBrowser.OpenAsync(installation, phone: true);
        await Chromium.SignInAsync(admin.Page, administrator.Email, administrator.Password);
        await admin.Page.GotoAsync($"admin/accounts/{lead.Id}/edit");
        await admin.CheckAsync("en", "the account edit form");
        await admin.Page.GotoAsync($"admin/accounts/{lead.Id}");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Deactivate", Exact = true }).ClickAsync();
        await Expect(admin.Page.GetByTestId("deactivated-note")).ToBeVisibleAsync();
        await admin.CheckAsync("en", "a deactivated account");
        admin.AssertClean();
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CalendarAndAccountEditJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CalendarAndAccountEditJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
