using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SmartPolicingLms.Web.Components.Account;
using SmartPolicingLms.Web.Features.Accounts;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Features.Exports;
using SmartPolicingLms.Web.Features.FirstSignIn;
using SmartPolicingLms.Web.Features.Institutions;
using SmartPolicingLms.Web.Localization;
using SmartPolicingLms.Web.Tests.Exports;
using SmartPolicingLms.Web.Tests.Harness;
using SmartPolicingLms.Web.Text;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// The Kyrgyz Academy's staff at work in Russian and Kyrgyz, in a real browser (issue 16; the cadet's journey in
// Kyrgyz is KyrgyzRecruitJourneyTests). The browser finds every button, link and label by the app's own Russian or
// Kyrgyz words, so an untranslated step stops the journey; every page says its language in `lang` and passes axe-core.
public abstract class AcademyLanguagesJourneyTests : LmsTest
{
    const string Ru = Languages.Russian;
    const string Ky = Languages.Kyrgyz;

    protected AcademyLanguagesJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    // The administrator's browser asks for Russian. They set up the Academy with Kyrgyz as its default language and
    // create an instructor, who signs in on the same computer and is shown Kyrgyz (the institution's default comes
    // before the browser's wish), plans a cohort of the Kyrgyz course in its Russian edition, publishes it, and then
    // chooses Russian for themselves with the header's switch.
    [SkippableFact]
    public async Task An_administrator_in_Russian_sets_up_the_Academy_whose_instructor_plans_a_cohort_in_Kyrgyz()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var academy = $"Академия МВД {Guid.NewGuid():N}"[..30];
        var instructorEmail = $"nurlan-{Guid.NewGuid():N}@example.org";
        var officer = await installation.People.CreateAsync(Roles.ProgramOfficer);
        var partner = await new Scheduling(installation).OrganisationAsync(officer, Scheduling.Unique("Тендеш"), country: "KG");
        var start = Scheduling.MondayAhead();

        await using var browser = await JourneyBrowser.OpenAsync(installation, locale: "ru-RU");
        var page = browser.Page;
        try
        {
            await SignInAsync(page, Ru, installation.Settings.BootstrapAdminEmail, installation.FirstAdministratorCode()!);
            await browser.CheckAsync(Ru, "choosing a password in Russian");
            await ChooseOwnPasswordAsync(page, Ru);

            await MenuLink(page, Ru, "Institutions").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = Words<InstitutionsStrings>(Ru, "New institution") }).ClickAsync();
            await browser.CheckAsync(Ru, "a new institution in Russian");
            await page.GetByLabel(Words<InstitutionsStrings>(Ru, "Name"), new() { Exact = true }).FillAsync(academy);
            await page.GetByLabel(Words<InstitutionsStrings>(Ru, "Country"), new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Кыргызстан" });
            await page.GetByRole(AriaRole.Button, new() { Name = Words<InstitutionsStrings>(Ru, "Show its time zones") }).ClickAsync();
            await page.GetByLabel(Words<InstitutionsStrings>(Ru, "Time zone")).SelectOptionAsync("Asia/Bishkek");
            await page.GetByLabel(Words<InstitutionsStrings>(Ru, "Default language")).SelectOptionAsync(Ky);
            await page.GetByRole(AriaRole.Button, new() { Name = Words<InstitutionsStrings>(Ru, "Create"), Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = academy })).ToBeVisibleAsync();

            await MenuLink(page, Ru, "Accounts").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = Words<AccountsStrings>(Ru, "New account") }).ClickAsync();
            await browser.CheckAsync(Ru, "a new account in Russian");
            await page.GetByLabel(Words<AccountsStrings>(Ru, "Email (used to sign in)")).FillAsync(instructorEmail);
            await page.GetByLabel(Words<AccountsStrings>(Ru, "Name to show")).FillAsync("Нурлан");
            await page.GetByLabel(Words<AccountsStrings>(Ru, "Role"), new() { Exact = true }).SelectOptionAsync(Roles.Instructor);
            await page.GetByLabel(Words<AccountsStrings>(Ru, "Institution (instructors and recruits)"))
                .SelectOptionAsync(new SelectOptionValue { Label = academy });
            await page.GetByRole(AriaRole.Button, new() { Name = Words<AccountsStrings>(Ru, "Create account") }).ClickAsync();
            var instructorCode = (await page.GetByTestId("one-time-code").TextContentAsync())!.Trim();
            await browser.CheckAsync(Ru, "the new account's one-time code in Russian");
            await page.GetByRole(AriaRole.Button, new() { Name = Words<SharedStrings>(Ru, "Sign out") }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", Ru);

            // The instructor on the same browser: the Academy's Kyrgyz from the first page after signing in.
            await SignInAsync(page, Ru, instructorEmail, instructorCode);
            await browser.CheckAsync(Ky, "the instructor choosing a password in the Academy's Kyrgyz");
            await ChooseOwnPasswordAsync(page, Ky);
            var instructor = await installation.People.FindAsync(instructorEmail);
            Assert.Null(instructor.Language);

            await MenuLink(page, Ky, "Cohorts").ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = Words<CohortsStrings>(Ky, "New cohort") }).ClickAsync();
            await browser.CheckAsync(Ky, "a new cohort in Kyrgyz");
            var cohortName = Scheduling.Unique("4-курс");
            await page.GetByLabel(Words<CohortsStrings>(Ky, "Name"), new() { Exact = true }).FillAsync(cohortName);
            await page.GetByLabel(Words<CohortsStrings>(Ky, "Course"), new() { Exact = true }).SelectOptionAsync(Scheduling.KyrgyzCourse);
            await page.GetByLabel(Words<CohortsStrings>(Ky, "Edition"), new() { Exact = true }).SelectOptionAsync(Ru);
            await page.GetByLabel(Words<CohortsStrings>(Ky, "Start date")).FillAsync(start.ToString("yyyy-MM-dd"));
            await page.GetByLabel(Words<CohortsStrings>(Ky, "End date")).FillAsync(start.AddDays(27).ToString("yyyy-MM-dd"));
            await page.GetByRole(AriaRole.Button, new() { Name = Words<CohortsStrings>(Ky, "Create cohort") }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(cohortName);
            var cohort = int.Parse(new Uri(page.Url).Segments[^1]);

            await page.GetByRole(AriaRole.Link, new() { Name = Words<CohortsStrings>(Ky, "Draft the schedule") }).ClickAsync();
            await browser.CheckAsync(Ky, "the schedule helper in Kyrgyz");
            await page.GetByLabel(Words<CohortsStrings>(Ky, "Location (room) for every session")).FillAsync("Аудитория 12");
            await page.GetByRole(AriaRole.Button, new() { Name = Words<CohortsStrings>(Ky, "Draft and save the schedule") }).ClickAsync();
            await Expect(page.GetByText("Аудитория 12").First).ToBeVisibleAsync();
            await browser.CheckAsync(Ky, "the drafted cohort in Kyrgyz");

            // One co-trainer slot filled and one waived in the browser; the other slots the same way, then publishing.
            var open = page.GetByRole(AriaRole.Link, new() { Name = Words<CohortsStrings>(Ky, "fill or waive") });
            await open.First.ClickAsync();
            await browser.CheckAsync(Ky, "a co-trainer slot in Kyrgyz");
            await page.GetByLabel(Words<CohortsStrings>(Ky, "Organisation"), new() { Exact = true })
                .SelectOptionAsync(new SelectOptionValue { Value = partner.ToString() });
            await page.GetByRole(AriaRole.Button, new() { Name = Words<CohortsStrings>(Ky, "Fill the slot") }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(cohortName);
            await open.First.ClickAsync();
            await page.GetByLabel(Words<CohortsStrings>(Ky, "Reason"), new() { Exact = true }).FillAsync("Уюм бул күнү келе албайт; кийинки топко кошулат.");
            await page.GetByRole(AriaRole.Button, new() { Name = Words<CohortsStrings>(Ky, "Waive the slot") }).ClickAsync();
            await Expect(page.GetByText("кийинки топко кошулат").First).ToBeVisibleAsync();
            var planner = new Person(instructor.Id, instructorEmail, "", Roles.Instructor, instructor.InstitutionId);
            await new Scheduling(installation).FillOpenSlotsAsync(planner, cohort, partner);
            await page.ReloadAsync();

            await page.GetByLabel(Words<CohortsStrings>(Ky, "I have seen the legal claims awaiting local legal review")).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = Words<CohortsStrings>(Ky, "Publish"), Exact = true }).ClickAsync();
            await Expect(page.Locator("h1 .badge")).ToHaveTextAsync(Words<TextStrings>(Ky, "Published"));
            await browser.CheckAsync(Ky, "the published cohort in Kyrgyz");
            var stored = await installation.WithDatabaseAsync(db =>
                db.Cohorts.Where(c => c.Id == cohort).Select(c => new { c.State, c.Language }).SingleAsync());
            Assert.Equal((CohortState.Published, Ru), (stored.State, stored.Language));

            // Russian for themselves, from the header: kept on their account, so it follows them to any computer.
            await page.GetByRole(AriaRole.Button, new() { Name = Languages.OwnName(Ru) }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", Ru);
            await Expect(page.Locator("h1 .badge")).ToHaveTextAsync(Words<TextStrings>(Ru, "Published"));
            Assert.Equal(Ru, (await installation.People.FindAsync(instructorEmail)).Language);
            browser.AssertClean();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    // An instructor whose account says Kyrgyz takes a session's roll call on a phone after the session has begun.
    [SkippableFact]
    public async Task An_instructor_takes_the_roll_call_in_Kyrgyz()
    {
        await using var installation = Factory.NewInstallation();
        var clock = installation.Clock;
        installation.UseKestrel(0);
        installation.StartServer();
        var firstStart = installation.Now.Date.AddDays(7).AddHours(9);
        var cohort = await new CohortBuilder(installation).Of(Scheduling.KyrgyzCourse).InEdition(Ky)
            .Running(DateOnly.FromDateTime(firstStart), DateOnly.FromDateTime(firstStart.AddDays(12)))
            .DailyContactSessions(firstStart, TimeSpan.FromHours(2), "Аудитория 4")
            .BuildAsync();
        var (_, present) = await cohort.EnrolNewAsync();
        var (_, absent) = await cohort.EnrolNewAsync();
        await installation.WithDatabaseAsync(async db =>
        {
            var lead = await db.Users.SingleAsync(u => u.Id == cohort.Lead.Id);
            lead.Language = Ky;
            return await db.SaveChangesAsync();
        });
        clock.SetUtcNow(new DateTimeOffset(firstStart.AddMinutes(30), TimeSpan.Zero));

        await using var browser = await JourneyBrowser.OpenAsync(installation, phone: true);
        var page = browser.Page;
        try
        {
            await SignInAsync(page, Languages.English, cohort.Lead.Email, cohort.Lead.Password);
            await page.GotoAsync($"cohorts/{cohort.CohortId}");
            await browser.CheckAsync(Ky, "the cohort on a phone in Kyrgyz");
            await page.GetByRole(AriaRole.Link, new() { Name = Words<CohortsStrings>(Ky, "Roll call"), Exact = true }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Words<AttendanceStrings>(Ky, "Roll call"));
            await browser.CheckAsync(Ky, "the roll call in Kyrgyz");

            await page.GetByRole(AriaRole.Button, new() { Name = Words<AttendanceStrings>(Ky, "Mark everyone present") }).ClickAsync();
            await Expect(page.GetByTestId("roll-call-notice")).ToContainTextAsync(Words<AttendanceStrings>(Ky,
                "Everyone is marked present below. Nothing is saved yet: change those who were late, absent or excused, then save."));
            await page.Locator($"label[for='mark-{absent}-Absent']").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = Words<AttendanceStrings>(Ky, "Save the roll call") }).ClickAsync();
            await Expect(page.GetByTestId("roll-call-saved")).ToContainTextAsync(
                Words<AttendanceStrings>(Ky, "Roll call saved: {0} changed.").Split("{0}")[0].Trim());
            await browser.CheckAsync(Ky, "the saved roll call in Kyrgyz");

            var marks = await installation.WithDatabaseAsync(db => db.AttendanceRecords.AsNoTracking()
                .Where(r => r.SessionId == cohort.Sessions[0]).ToDictionaryAsync(r => r.EnrollmentId, r => r.Mark));
            Assert.Equal(new Dictionary<int, AttendanceMark> { [present] = AttendanceMark.Present, [absent] = AttendanceMark.Absent }, marks);
            browser.AssertClean();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    // A program officer whose phone asks for Kyrgyz chooses a closed cohort on the exports page and downloads its
    // register, whose header row is Kyrgyz while its values stay as stored.
    [SkippableFact]
    public async Task A_program_officer_downloads_the_register_in_Kyrgyz()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var scene = await ExportScene.CreateAsync(installation);
        await ExportScene.RenameAsync(installation, scene.Certified, "Айгүл Өмүрбекова", "KG-0042");

        await using var browser = await JourneyBrowser.OpenAsync(installation, locale: "ky-KG", phone: true);
        var page = browser.Page;
        try
        {
            await SignInAsync(page, Ky, scene.ProgramOfficer.Email, scene.ProgramOfficer.Password);
            await page.GetByTitle(Words<SharedStrings>(Ky, "Navigation menu")).ClickAsync();
            await MenuLink(page, Ky, "Exports").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Words<ExportsStrings>(Ky, "Exports"));
            await page.Locator($"#cohort-{scene.Closed.CohortId}").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = Words<ExportsStrings>(Ky, "Show what this covers") }).ClickAsync();
            await Expect(page.GetByTestId("covered")).ToBeVisibleAsync();
            await browser.CheckAsync(Ky, "the exports with a cohort chosen in Kyrgyz");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("register-csv").ClickAsync());
            var file = await File.ReadAllBytesAsync(await download.PathAsync());
            IReadOnlyList<IReadOnlyDictionary<string, string>> rows;
            using (InterfaceWords.Speaking(Ky))
                rows = RegisterReading.Csv(file);

            var recruit = Words<ExportsStrings>(Ky, "Recruit");
            var serviceNumber = Words<ExportsStrings>(Ky, "Service number");
            var certified = Assert.Single(rows, r => r[recruit] == "Айгүл Өмүрбекова");
            Assert.Equal("KG-0042", certified[serviceNumber]);
            Assert.Equal(2, rows.Count);
            browser.AssertClean();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    // The menu's link, not the home page's link of the same name.
    static ILocator MenuLink(IPage page, string language, string english) =>
        page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = Words<SharedStrings>(language, english), Exact = true });

    static string Words<TStrings>(string language, string english) => InterfaceWords.In<TStrings>(language, english);

    // The sign-in page in the language it is shown in before anyone is known: the browser's.
    static async Task SignInAsync(IPage page, string language, string email, string password)
    {
        await page.GotoAsync("Account/Login");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.GetByLabel(Words<AccountStrings>(language, "Email"), new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(Words<AccountStrings>(language, "Password"), new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = Words<AccountStrings>(language, "Log in"), Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("Account/Login"));
    }

    static async Task ChooseOwnPasswordAsync(IPage page, string language)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/first-sign-in$"));
        var password = Harness.People.NewPassword();
        await page.GetByLabel(Words<FirstSignInStrings>(language, "New password"), new() { Exact = true }).FillAsync(password);
        await page.GetByLabel(Words<FirstSignInStrings>(language, "New password again")).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = Words<FirstSignInStrings>(language, "Save password") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^[^?]*/$"));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : AcademyLanguagesJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : AcademyLanguagesJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
