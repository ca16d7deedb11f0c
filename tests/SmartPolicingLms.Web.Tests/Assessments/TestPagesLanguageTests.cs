using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

// A recruit whose browser asks for Russian or Kyrgyz reads the test's start page and its questions' pages in that
// language: the counts take the language's forms and the kind of test is named in a sentence of its own.
public abstract class TestPagesLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("ru", "9 вопросов", "Начать входной тест", "Вопрос 1 из 9", "Сохранить и продолжить")]
    [InlineData("ky", "9 суроо", "Кириш тестин баштоо", "9 суроонун 1-суроосу", "Сактап, улантуу")]
    public async Task A_recruit_reads_the_start_page_and_a_question_in_their_language(
        string language, string questions, string start, string heading, string save)
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, _) = await world.EnrolAsync();
        var taker = new Taker((await world.SignedInAsync(recruit)).Speaking(language), world.CohortId, "pre");

        var startPage = await taker.Visitor.OpenAsync(taker.Start);
        var question = await taker.StartAsync();

        Assert.Contains(questions, startPage.Text);
        Assert.Equal(start, HtmlPage.Normalize(startPage.Form("start-test")?.QuerySelector("button")?.TextContent ?? ""));
        foreach (var english in new[] { "questions", "ask what you think", "Attempts:", "Start the pre-test", "One question per page", "My training" })
            Assert.DoesNotContain(english, startPage.Text);
        Assert.Equal(taker.Question(1), question.Path);
        Assert.Equal(heading, HtmlPage.Normalize(question.Document.QuerySelector("h1")?.TextContent ?? ""));
        Assert.Contains(save, question.Text);
        foreach (var english in new[] { "Question 1 of 9", "Save and continue", "Save and see all questions", "Choose one answer" })
            Assert.DoesNotContain(english, question.Text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : TestPagesLanguageTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : TestPagesLanguageTests(factory), IClassFixture<PostgresLmsFactory>;
}
