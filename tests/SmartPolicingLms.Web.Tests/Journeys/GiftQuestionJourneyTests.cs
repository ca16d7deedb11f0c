using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Assessments;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// A recruit at phone width answers a GIFT matching question with its selects and a numerical one with a decimal
// comma; both pages pass axe-core and fit the screen, and the server scores what the browser sent.
public abstract class GiftQuestionJourneyTests : LmsTest
{
    protected GiftQuestionJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    const string Bank = """
        $CATEGORY: $course$/top/make-a-referral

        ::parity-match::Match each service with what it offers.{
        	=Drop-in centre -> Rest and a meal
        	=Needle and syringe programme -> Clean syringes
        	= -> A police record
        }

        ::parity-number::For how many days is a referral slip valid?{#14:1}
        """;

    [SkippableFact]
    public async Task A_recruit_pairs_items_and_types_a_decimal_comma_on_a_phone()
    {
        await using var installation = Factory.NewInstallation(editableCurricula: true);
        File.WriteAllText(Path.Combine(installation.CurriculaFolder, TestWorld.Course, "questions", "parity.gift"), Bank);
        installation.ServeCompressedAssets = true;
        installation.UseKestrel(0);
        installation.StartServer();
        var world = await TestWorld.BeforeTheCourseAsync(installation);
        var (recruit, enrollment) = await world.EnrolAsync();
        var questions = await world.QuestionsAsync();
        int Number(string key) => questions.Select((q, i) => (q.Key, i)).Single(q => q.Key == key).i + 1;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        SetDefaultExpectTimeout(15_000);
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = installation.ClientOptions.BaseAddress.ToString(), ViewportSize = Chromium.Phone,
        });
        var page = await context.NewPageAsync();
        try
        {
            await Chromium.SignInAsync(page, recruit.Email, recruit.Password);
            await page.GotoAsync($"/learn/cohorts/{world.CohortId}/tests/pre");
            await page.GetByRole(AriaRole.Button, new() { Name = "Start the pre-test" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/q/1$"));
            await page.GotoAsync($"/learn/cohorts/{world.CohortId}/tests/pre/q/{Number("parity-match")}");
            await page.GetByLabel("Drop-in centre").SelectOptionAsync(new SelectOptionValue { Label = "Rest and a meal" });
            await page.GetByLabel("Needle and syringe programme").SelectOptionAsync(new SelectOptionValue { Label = "Clean syringes" });
            var problems = (await Accessibility.ProblemsAsync(page, "matching")).ToList();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/q/{Number("parity-match") + 1}$"));

            await page.GotoAsync($"/learn/cohorts/{world.CohortId}/tests/pre/q/{Number("parity-number")}");
            await page.GetByLabel("Your answer (a number)").FillAsync("13,5");
            problems.AddRange(await Accessibility.ProblemsAsync(page, "numerical"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Save and review" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/review$"));

            var scores = (await world.AnswersAsync(enrollment)).Select(a => a.Score).ToList();
            Assert.Equal(new decimal?[] { 1m, 1m }, scores);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : GiftQuestionJourneyTests(factory), IClassFixture<SqliteLmsFactory>;
}
