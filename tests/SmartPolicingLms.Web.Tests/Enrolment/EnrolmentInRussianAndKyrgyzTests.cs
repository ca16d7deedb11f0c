using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Enrolment;

// Enrolment read in Russian and Kyrgyz: the printed sheet of first-time codes (a page printed from the browser, not a
// PDF), a roster's refusals, and the page where a recruit first signs in with their code.
public abstract class EnrolmentInRussianAndKyrgyzTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_sheet_of_codes_prints_in_Russian()
    {
        var world = await SpeakingAsync("ru");

        var sheet = await world.ImportAsync($"name,service number,email\nАйбек Садыров,{Unique()},\n");

        var slip = HtmlPage.Normalize(sheet.Document.QuerySelector("[data-testid=code-slip]")?.TextContent);
        Assert.Contains("Курсанты, зачисленные в группу", sheet.Text);
        Assert.Contains("Распечатайте эту страницу сейчас.", sheet.Text);
        Assert.Contains("Служебный номер:", slip);
        Assert.Contains("Первый вход:", slip);
        Assert.Contains("Код:", slip);
        Assert.DoesNotContain("First sign-in", sheet.Text);
        Assert.DoesNotContain("Print this page now", sheet.Text);
    }

    [SkippableFact]
    public async Task A_bad_roster_is_refused_line_by_line_in_Kyrgyz()
    {
        var world = await SpeakingAsync("ky");

        var page = await world.ImportAsync("name,service number,email\n,S-1,\n");

        Assert.Equal(["2-сап: аты-жөнү көрсөтүлгөн эмес."], EnrolmentWorld.Problems(page));
        Assert.Contains("Эч нерсе импорттолгон жок.", page.Text);
        Assert.Contains("Тизмени импорттоо", page.Text);
    }

    [SkippableFact]
    public async Task A_recruit_signing_in_with_a_code_reads_the_page_and_its_messages_in_Russian()
    {
        var visitor = new Visitor(Factory).Speaking("ru");

        var page = await visitor.OpenAsync("/code");
        var refused = await visitor.SubmitAndFollowAsync(page, "code-sign-in", ("Input.Identifier", ""), ("Input.Code", ""));

        Assert.Contains("Вход по коду", page.Text);
        Assert.DoesNotContain("Sign in with your code", page.Text);
        Assert.Contains("Введите служебный номер или адрес электронной почты.", refused.Text);
        Assert.Contains("Введите одноразовый код.", refused.Text);
        Assert.DoesNotContain("Enter your one-time code.", refused.Text);
    }

    // The lead instructor's account set to the language, as the header's switch leaves it.
    async Task<EnrolmentWorld> SpeakingAsync(string language)
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        await Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == world.Lead.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language)));
        return world;
    }

    static string Unique() => $"KG-{Guid.NewGuid():N}"[..12].ToUpperInvariant();

    public sealed class OnSqlite(SqliteLmsFactory factory) : EnrolmentInRussianAndKyrgyzTests(factory), IClassFixture<SqliteLmsFactory>;
}
