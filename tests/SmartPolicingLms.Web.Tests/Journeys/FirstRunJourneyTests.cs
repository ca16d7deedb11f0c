using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// The first journey of a new installation, in a real browser on a real socket, on one shared computer as in a
// training centre: the administrator sets it up, signs out, and the instructor they created signs in.
public abstract class FirstRunJourneyTests : LmsTest
{
    protected FirstRunJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task The_administrator_sets_up_an_institution_and_an_instructor_who_then_reads_a_Ghana_module()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var ghana = ExpectedCourses.ShippedCourse(ExpectedCourses.GhanaCourse);
        var module = ghana.Modules[0];
        var institution = $"Police Training School Winneba {Guid.NewGuid():N}"[..40];
        var instructorEmail = $"kwame-{Guid.NewGuid():N}@example.org";

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
            await SignInAsync(page, installation.Settings.BootstrapAdminEmail, installation.FirstAdministratorCode()!);
            await ChooseOwnPasswordAsync(page);

            await page.GetByRole(AriaRole.Link, new() { Name = "Institutions", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "New institution" }).ClickAsync();
            await page.GetByLabel("Name", new() { Exact = true }).FillAsync(institution);
            await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ghana" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Show its time zones" }).ClickAsync();
            await page.GetByLabel("Time zone").SelectOptionAsync("Africa/Accra");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Cell, new() { Name = institution })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Accounts", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "New account" }).ClickAsync();
            await page.GetByLabel("Email (used to sign in)").FillAsync(instructorEmail);
            await page.GetByLabel("Name to show").FillAsync("Kwame");
            await page.GetByLabel("Role").SelectOptionAsync(new SelectOptionValue { Label = "Instructor" });
            await page.GetByLabel("Institution (instructors and recruits)").SelectOptionAsync(new SelectOptionValue { Label = institution });
            await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            var instructorCode = (await page.GetByTestId("one-time-code").TextContentAsync())!.Trim();

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);

            await SignInAsync(page, instructorEmail, instructorCode);
            await ChooseOwnPasswordAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Course catalogue" }).First.ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = ghana.Title }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = module.Title, Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"{module.Number}. {module.Title}");
            await Expect(page.Locator("article.course-html")).ToContainTextAsync(FirstParagraphOf(module.Html));
            Assert.Empty(serverErrors);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
    }

    static async Task ChooseOwnPasswordAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(new Regex("/first-sign-in$"));
        var password = Harness.People.NewPassword();
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("New password again").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^[^?]*/$"));
    }

    static string FirstParagraphOf(string html) =>
        HtmlPage.Normalize(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("p")!.TextContent);

    public sealed class OnSqlite(SqliteLmsFactory factory) : FirstRunJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : FirstRunJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
