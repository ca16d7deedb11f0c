using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// An instructor at a Ghana training school plans a recruit cohort in a real browser: the schedule helper, one session
// moved, every co-trainer seat filled by an organisation or waived (the last ones on a phone), publishing, and the
// calendar link a calendar app would subscribe to.
public abstract class CohortJourneyTests : LmsTest
{
    protected CohortJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task An_instructor_drafts_fills_and_publishes_a_Ghana_cohort_and_subscribes_to_its_calendar()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var cast = await CastAsync(installation);
        var start = Scheduling.MondayAhead();
        var cohortName = Scheduling.Unique("Recruit intake");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new() { BaseURL = installation.ClientOptions.BaseAddress.ToString() });
        SetDefaultExpectTimeout(15_000);
        var serverErrors = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
                serverErrors.Add($"{response.Status} {response.Url}");
        };

        try
        {
            await page.GotoAsync("Account/Login");
            await page.GetByLabel(new Regex("^Email")).FillAsync(cast.Instructor.Email);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(cast.Instructor.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Cohorts", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "New cohort" }).ClickAsync();
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync(cohortName);
            await page.GetByLabel("Course", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = Scheduling.GhanaCourse });
            await page.GetByLabel("Start date").FillAsync(start.ToString("yyyy-MM-dd"));
            await page.GetByLabel("End date").FillAsync(start.AddDays(27).ToString("yyyy-MM-dd"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Create cohort" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(cohortName);
            var cohort = int.Parse(new Uri(page.Url).Segments[^1]);

            await page.GetByRole(AriaRole.Link, new() { Name = "Draft the schedule" }).ClickAsync();
            await page.GetByLabel("Location (room) for every session").FillAsync("Classroom B");
            await page.GetByRole(AriaRole.Button, new() { Name = "Draft and save the schedule" }).ClickAsync();
            await Expect(page.GetByText("Classroom B").First).ToBeVisibleAsync();

            await page.Locator("a[href*='/sessions/']:not([href*='/sessions/new'])").First.ClickAsync();
            await page.GetByLabel("Start", new() { Exact = true }).FillAsync("08:30");
            await page.GetByLabel("End", new() { Exact = true }).FillAsync("15:30");
            await page.GetByLabel("Location (room)").FillAsync("Classroom C");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save session" }).ClickAsync();
            await Expect(page.GetByText(new Regex("08:30–15:30 · Classroom C")).First).ToBeVisibleAsync();

            // The rest on a phone, as an instructor between classes would.
            await page.SetViewportSizeAsync(390, 844);
            var open = page.GetByRole(AriaRole.Link, new() { Name = "fill or waive" });
            var slots = await open.CountAsync();
            Assert.True(slots >= 3, $"the Ghana cohort has only {slots} co-trainer slots");
            await open.First.ClickAsync();
            await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Value = cast.Organisation.ToString() });
            await page.GetByLabel("Co-trainer (optional)").SelectOptionAsync(new SelectOptionValue { Value = cast.CoTrainer.ToString() });
            await page.GetByRole(AriaRole.Button, new() { Name = "Fill the slot" }).ClickAsync();
            await Expect(page.GetByText($"{cast.CoTrainerName} ({cast.OrganisationName})")).ToBeVisibleAsync();

            await open.First.ClickAsync();
            await page.GetByLabel("Reason").FillAsync("The school is closed to visitors that afternoon; WAPCAS agreed to join the next intake instead.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Waive the slot" }).ClickAsync();
            await Expect(page.GetByText("WAPCAS agreed to join the next intake instead.")).ToBeVisibleAsync();

            while (await open.CountAsync() > 1)
                await FillByOrganisationAsync(page, open, cast.Organisation);

            await page.GetByLabel("I have seen the legal claims awaiting local legal review").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
            await Expect(page.Locator(".validation-errors")).ToContainTextAsync("1 co-trainer slot is still open, in 1 session");
            await Expect(page.Locator("h1 .badge")).ToHaveTextAsync("Draft");

            await FillByOrganisationAsync(page, open, cast.Organisation);
            await page.GetByLabel("I have seen the legal claims awaiting local legal review").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
            await Expect(page.Locator("h1 .badge")).ToHaveTextAsync("Published");
            await Expect(page.GetByLabel("Co-trainer slot coverage")).ToContainTextAsync("0 open");

            await page.GetByRole(AriaRole.Link, new() { Name = "Calendar subscription" }).ClickAsync();
            var feedUrl = await page.GetByLabel("Calendar link").InputValueAsync();
            using var calendarApp = new HttpClient();
            var feed = Ical.Net.Calendar.Load(await calendarApp.GetStringAsync(feedUrl))!;

            var sessions = await installation.WithDatabaseAsync(db => db.CohortSessions.AsNoTracking().Where(s => s.CohortId == cohort).ToListAsync());
            Assert.Equal(sessions.Select(s => ($"cohort-session-{s.Id}@smartpolicinglms", s.StartsAt, s.EndsAt)).Order(),
                feed.Events.Select(e => (e.Uid!, e.Start!.AsUtc, e.End!.AsUtc)).Order());
            var moved = Assert.Single(feed.Events, e => e.Location == "Classroom C");
            Assert.Equal(new TimeOnly(8, 30), TimeOnly.FromDateTime(LocalTime.ToLocal(moved.Start!.AsUtc, LocalTime.Zone("Africa/Accra"))));
            Assert.DoesNotContain(cast.CoTrainerName, string.Join("\n", feed.Events.Select(e => e.Description)));
            Assert.Equal(CohortState.Published, await installation.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == cohort).Select(c => c.State).SingleAsync()));
            Assert.Empty(serverErrors);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    static async Task FillByOrganisationAsync(IPage page, ILocator open, int organisation)
    {
        await open.First.ClickAsync();
        await page.GetByLabel("Organisation").SelectOptionAsync(new SelectOptionValue { Value = organisation.ToString() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Fill the slot" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Calendar subscription" })).ToBeVisibleAsync();
    }

    sealed record Cast(Person Instructor, int Organisation, string OrganisationName, int CoTrainer, string CoTrainerName);

    // The school, its instructor, and the partner organisation a program officer set up beforehand, with one co-trainer
    // who agreed to be named to recruits.
    static async Task<Cast> CastAsync(LmsFactory installation)
    {
        var school = await installation.People.CreateInstitutionAsync($"Police Training School Winneba {Guid.NewGuid():N}"[..40]);
        var instructor = await installation.People.CreateAsync(Roles.Instructor, school);
        var officer = await installation.People.CreateAsync(Roles.ProgramOfficer, school);
        var scheduling = new Scheduling(installation);
        var organisationName = Scheduling.Unique("WAPCAS");
        var organisation = await scheduling.OrganisationAsync(officer, organisationName, PartnerCommunity.SexWorkers, communityLed: false);
        var coTrainerName = Scheduling.Unique("Esi");
        return new Cast(instructor, organisation, organisationName, await scheduling.CoTrainerAsync(officer, organisation, coTrainerName, consent: true),
            coTrainerName);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CohortJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CohortJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
