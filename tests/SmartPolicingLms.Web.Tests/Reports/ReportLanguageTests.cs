using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Reports;

// The program officer's reports and targets read by a browser set to Russian or Kyrgyz.
public abstract class ReportLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("ru", "Отчёты", "Обучено сотрудников", "Места со-тренеров")]
    [InlineData("ky", "Отчеттор", "Окутулган кызматкерлер", "Тең тренерлердин орундары")]
    public async Task The_reports_page_speaks_the_browser_s_language(string language, string heading, string trained, string slots)
    {
        var world = await ReportWorld.CreateAsync(Factory);
        var visitor = (await world.Closed.SignedInAsync(world.Officer)).Speaking(language);

        var page = await visitor.OpenAsync(world.Report());

        Assert.Equal(heading, page.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(trained, page.Document.QuerySelector("#trained-heading")!.TextContent.Trim());
        Assert.Equal(slots, page.Document.QuerySelector("#slots-heading")!.TextContent.Trim());
        Assert.DoesNotContain("Officers trained", page.Text);
        Assert.DoesNotContain("Co-trainer slots", page.Text);
    }

    [SkippableFact]
    public async Task A_target_posted_without_officers_in_Russian_is_refused_in_Russian_beside_its_fields()
    {
        var institution = await People.CreateInstitutionAsync();
        var (visitor, _) = await SignedInAsync(Roles.ProgramOfficer, institution);
        var form = await visitor.Speaking("ru").OpenAsync($"/reports/targets?institution={institution}&course={Completion.CompletionWorld.Course}&year=2031");

        var refused = await visitor.SubmitAndFollowAsync(form, "set-target", ("Input.Officers", ""), ("Input.Year", "1999"));

        Assert.Equal("Планы обучения", refused.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Укажите, сколько сотрудников нужно обучить."], refused.MessagesBeside("Input.Officers"));
        Assert.Equal(["Год должен быть от 2000 до 2100."], refused.MessagesBeside("Input.Year"));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ReportLanguageTests(factory), IClassFixture<SqliteLmsFactory>;
}
