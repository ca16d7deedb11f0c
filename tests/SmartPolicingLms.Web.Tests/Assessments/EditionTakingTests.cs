using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

public abstract class EditionTakingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_recruit_of_a_cohort_in_the_russian_edition_reads_its_modules_and_takes_its_test_in_russian()
    {
        var courseId = await EditionCourse.ImportAsync(Factory);
        var cohort = await new CohortBuilder(Factory).Of(courseId).InEdition(EditionCourse.Russian)
            .Session(module: 2, Factory.Now.AddDays(7), TimeSpan.FromHours(1), slots: false).BuildAsync();
        var (recruit, _) = await cohort.EnrolNewAsync(Factory.Now.AddDays(-1));
        var visitor = new Visitor(Factory);
        await visitor.SignInAsync(recruit);
        var english = EditionCourse.English;
        var module = english.Modules[0];
        var first = english.Questions.First(q => q.InPreTest);

        var home = await visitor.OpenAsync("/learn");
        var page = await visitor.OpenAsync($"/learn/cohorts/{cohort.CohortId}/modules/{module.Id}");
        var taker = new Taker(visitor, cohort.CohortId, "pre");
        await taker.StartAsync();
        var question = await taker.OpenAsync(1);

        Assert.Contains(EditionCourse.ModuleTitle(module), home.Text);
        Assert.Contains(EditionCourse.ModuleText(module), page.Text);
        Assert.DoesNotContain(module.Title, page.Text);
        Assert.Equal("ru", page.Document.QuerySelector("article.course-html")!.GetAttribute("lang"));
        Assert.Contains(EditionCourse.Prompt(first), question.Document.QuerySelector("#prompt")!.TextContent);
        Assert.DoesNotContain(HtmlPage.Normalize(Html.TextOf(first.PromptHtml)), question.Text);
        Assert.Contains("Вариант 1", question.Text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : EditionTakingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : EditionTakingTests(factory), IClassFixture<PostgresLmsFactory>;
}
