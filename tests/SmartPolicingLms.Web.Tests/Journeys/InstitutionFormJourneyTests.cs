using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// An administrator on a phone, in a real browser, sets up an institution: the country chosen by name, its time zones
// shown on request, a zone of another country refused beside the field. Each step fits 390 px and passes axe-core.
public abstract class InstitutionFormJourneyTests : LmsTest
{
    protected InstitutionFormJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task An_administrator_on_a_phone_chooses_the_country_by_name_and_one_of_its_time_zones()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var administrator = await installation.People.CreateAsync(Roles.Administrator);
        var name = $"Police Academy {Guid.NewGuid():N}"[..30];

        await using var browser = await JourneyBrowser.OpenAsync(installation, phone: true);
        var page = browser.Page;
        await Chromium.SignInAsync(page, administrator.Email, administrator.Password);
        await page.GotoAsync("admin/institutions/new");
        await browser.CheckAsync(Languages.English, "the empty form");

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kenya" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page.Locator("#tz ~ .validation-message")).ToHaveTextAsync("Choose one of the time zones of Kenya.");
        await Expect(page.Locator("#tz option")).ToHaveTextAsync(["Africa/Nairobi (UTC+03:00)"]);
        await browser.CheckAsync(Languages.English, "with a time zone refused");

        await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Kyrgyzstan" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show its time zones" }).ClickAsync();
        await Expect(page.Locator("#tz option")).ToHaveTextAsync(["Asia/Bishkek (UTC+06:00)"]);
        await browser.CheckAsync(Languages.English, "with Kyrgyzstan's time zones shown");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = name })).ToBeVisibleAsync();

        browser.AssertClean();
        var stored = await installation.WithDatabaseAsync(db => db.Institutions.AsNoTracking().SingleAsync(i => i.Name == name));
        Assert.Equal(("KG", "Asia/Bishkek"), (stored.CountryCode, stored.TimeZoneId));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : InstitutionFormJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : InstitutionFormJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
