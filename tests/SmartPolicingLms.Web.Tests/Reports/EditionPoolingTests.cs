using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Reports;

public abstract class EditionPoolingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_cohort_on_the_russian_edition_and_one_on_the_english_pool_in_the_versions_figures_by_question()
    {
        var courseId = await EditionCourse.ImportAsync(Factory);
        var english = await CohortAsync(courseId, null, institutionId: null);
        var russian = await CohortAsync(courseId, EditionCourse.Russian, english.InstitutionId);
        var (_, a) = await english.EnrolNewAsync(Factory.Now.AddDays(-10));
        var (_, b) = await russian.EnrolNewAsync(Factory.Now.AddDays(-10));
        var question = await Factory.WithDatabaseAsync(db => db.CourseQuestions
            .Where(q => q.CourseVersionId == english.CourseVersionId && q.Kind != SmartPolicingLms.Curricula.Model.QuestionKind.Attitude)
            .OrderBy(q => q.Position).Select(q => q.Id).FirstAsync());
        await AnsweredAsync(a, question, pre: (40m, 0m), post: (90m, 1m));
        await AnsweredAsync(b, question, pre: (60m, 1m), post: (70m, 1m));
        var officer = await People.CreateAsync(Roles.ProgramOfficer, english.InstitutionId);
        var visitor = new Visitor(Factory);
        await visitor.SignInAsync(officer);

        var page = await visitor.OpenAsync($"/reports?institution={english.InstitutionId}");
        var version = page.Document.QuerySelector("[data-testid=versions] tr[data-version]")!;
        var pooled = page.Document.QuerySelector("[data-testid=questions] tr[data-question='1']")!;

        Assert.Single(page.Document.QuerySelectorAll("[data-testid=versions] tr[data-version]"));
        // Pre (40 + 60) / 2 = 50, post (90 + 70) / 2 = 80: both cohorts' recruits, whichever edition they read.
        Assert.Equal("2", Cell(version, "recruits"));
        Assert.Equal("2", Cell(version, "took-both"));
        Assert.Equal("50%", Cell(version, "pre"));
        Assert.Equal("80%", Cell(version, "post"));
        // One of two right before (the Russian cohort's recruit), both after: one question, pooled by its id.
        Assert.Equal("50%", Cell(pooled, "before"));
        Assert.Equal("100%", Cell(pooled, "after"));
    }

    Task<BuiltCohort> CohortAsync(string courseId, string? edition, int? institutionId)
    {
        var day = Factory.Now.Date.AddHours(9);
        var builder = new CohortBuilder(Factory).Of(courseId).AtInstitution(institutionId).InState(CohortState.InProgress)
            .Session(module: 2, day.AddDays(-3), TimeSpan.FromMinutes(60));
        return (edition is null ? builder : builder.InEdition(edition)).BuildAsync();
    }

    static string Cell(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    // Pre-test and post-test submitted with the given scores, each with one answer to the question.
    Task AnsweredAsync(int enrollmentId, int questionId, (decimal Percent, decimal Score) pre, (decimal Percent, decimal Score) post) =>
        Factory.WithDatabaseAsync(async db =>
        {
            var now = Factory.Now;
            foreach (var (kind, (percent, score)) in new[] { (TestKind.Pre, pre), (TestKind.Post, post) })
            {
                var attempt = TestAttempt.Start(enrollmentId, kind, 1, AttemptSource.Online, null, now.AddHours(-1));
                attempt.Submit(percent, now.AddMinutes(-30));
                db.TestAttempts.Add(attempt);
                await db.SaveChangesAsync();
                var answer = TestAnswer.Create(attempt.Id, questionId);
                answer.Set("1", null, null, score, now.AddMinutes(-40));
                db.TestAnswers.Add(answer);
            }
            return await db.SaveChangesAsync();
        });

    public sealed class OnSqlite(SqliteLmsFactory factory) : EditionPoolingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : EditionPoolingTests(factory), IClassFixture<PostgresLmsFactory>;
}
