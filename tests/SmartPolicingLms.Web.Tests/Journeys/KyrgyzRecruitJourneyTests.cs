using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SmartPolicingLms.Web.Features.Enrolment;
using SmartPolicingLms.Web.Features.FirstSignIn;
using SmartPolicingLms.Web.Features.Learning;
using SmartPolicingLms.Web.Localization;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// A cadet of the Kyrgyz Academy on a phone whose browser is set to Kyrgyz (issue 16): signs in with the code from the
// sheet, chooses a password, finds their training, reads a module of the course's Kyrgyz edition and answers the first
// pre-test question in it. Every page is Kyrgyz (lang="ky"), shows the edition's words and not the English
// reference's, passes axe-core, and no request fails. The labels the browser looks for are the app's own Kyrgyz.
public abstract class KyrgyzRecruitJourneyTests : LmsTest
{
    const string Course = "kyrgyz-harm-reduction-46h";

    protected KyrgyzRecruitJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task A_cadet_signs_in_reads_a_module_and_starts_the_pre_test_in_Kyrgyz()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();

        var firstStart = installation.Now.Date.AddDays(7).AddHours(9);
        var cohort = await new CohortBuilder(installation).Of(Course).InEdition("ky")
            .Running(DateOnly.FromDateTime(firstStart), DateOnly.FromDateTime(firstStart.AddDays(12)))
            .DailyContactSessions(firstStart, TimeSpan.FromHours(2), "Аудитория 4")
            .BuildAsync();
        var serviceNumber = $"KG-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        Outcome<ImportRoster.Imported>? imported = null;
        await installation.AsAsync(cohort.Lead, async services => imported = await services.GetRequiredService<ImportRoster.Handler>()
            .HandleAsync(new ImportRoster.Command(cohort.CohortId, System.Text.Encoding.UTF8.GetBytes($"name,service number,email\nАйгерим Осмонова,{serviceNumber},\n")),
                CancellationToken.None));
        Assert.True(imported!.Succeeded, string.Join(" ", imported.Errors.Select(e => e.ErrorMessage)));
        var code = Assert.Single(imported.Value!.Sheet).Code!;
        var words = await installation.WithDatabaseAsync(async db =>
        {
            var edition = await db.CourseVersionEditions.AsNoTracking()
                .Where(e => e.CourseVersionId == cohort.CourseVersionId && e.Language == "ky").SingleAsync();
            var module = await db.EditionModules.AsNoTracking().Where(m => m.CourseVersionEditionId == edition.Id)
                .Select(m => new { m.Title, Reference = m.Module!.Title, m.Module.Number, m.Module.Key }).OrderBy(m => m.Number).FirstAsync();
            var question = await db.EditionQuestions.AsNoTracking().Where(q => q.CourseVersionEditionId == edition.Id)
                .OrderBy(q => q.Question!.Position).Select(q => new { q.PromptHtml, Reference = q.Question!.PromptHtml }).FirstAsync();
            return (edition.Title, Module: module.Title, EnglishModule: module.Reference, ModuleKey: module.Key,
                Prompt: Text(question.PromptHtml), EnglishPrompt: Text(question.Reference));
        });
        var password = Harness.People.NewPassword();

        await using var browser = await JourneyBrowser.OpenAsync(installation, locale: "ky-KG", phone: true);
        var page = browser.Page;
        Task CheckAsync(string state) => browser.CheckAsync(Languages.Kyrgyz, state);

        try
        {
            await page.GotoAsync("code");
            await CheckAsync("the code page in Kyrgyz");
            await page.GetByLabel(Ky<EnrolmentStrings>("Service number or email")).FillAsync(serviceNumber);
            await page.GetByLabel(Ky<EnrolmentStrings>("Code"), new() { Exact = true }).FillAsync(code);
            await page.GetByRole(AriaRole.Button, new() { Name = Ky<EnrolmentStrings>("Sign in"), Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/first-sign-in$"));
            await CheckAsync("choosing a password in Kyrgyz");
            await page.GetByLabel(Ky<FirstSignInStrings>("New password"), new() { Exact = true }).FillAsync(password);
            await page.GetByLabel(Ky<FirstSignInStrings>("New password again")).FillAsync(password);
            await page.GetByRole(AriaRole.Button, new() { Name = Ky<FirstSignInStrings>("Save password") }).ClickAsync();
            // A recruit lands on their training, not on a generic home page.
            await Expect(page).ToHaveURLAsync(new Regex("/learn$"));

            // Their training: the course in its Kyrgyz words.
            await page.GotoAsync("learn");
            await Expect(page.GetByText(words.Title).First).ToBeVisibleAsync();
            await CheckAsync("the cadet's training in Kyrgyz");

            // A module of the Kyrgyz edition.
            await page.GotoAsync(LearningLinks.Module(cohort.CohortId, words.ModuleKey));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(words.Module);
            Assert.DoesNotContain(words.EnglishModule, await page.InnerTextAsync("h1"));
            await CheckAsync("a module of the Kyrgyz edition");

            // The pre-test, asked in Kyrgyz.
            await page.GotoAsync("learn");
            await page.GetByRole(AriaRole.Link, new() { Name = Ky<LearningStrings>("Go to the pre-test") }).ClickAsync();
            await CheckAsync("the pre-test's start page in Kyrgyz");
            await page.Locator("article form button[type=submit]").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/tests/pre/q/1$"));
            await Expect(page.GetByText(words.Prompt[..Math.Min(40, words.Prompt.Length)]).First).ToBeVisibleAsync();
            Assert.DoesNotContain(words.EnglishPrompt[..Math.Min(40, words.EnglishPrompt.Length)], await page.InnerTextAsync("article"));
            await CheckAsync("the first question in Kyrgyz");
            await page.Locator("input[name='Input.Chosen'], input[name='Input.Agreement']").First.CheckAsync();
            await page.Locator("article form button[type=submit]").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/tests/pre/q/2$"));

            browser.AssertClean();
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    static string Ky<TStrings>(string english) => InterfaceWords.In<TStrings>("ky", english);

    static string Text(string html) =>
        HtmlPage.Normalize(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).Body!.TextContent);

    public sealed class OnSqlite(SqliteLmsFactory factory) : KyrgyzRecruitJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : KyrgyzRecruitJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
