using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.CohortResults;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Certificates;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Reports;

// The report's figures against what the cohort pages show for the same cohorts, and pooled figures worked by hand.
public abstract class ReportFiguresTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Every_cohorts_figures_equal_its_results_page_and_its_completion_records()
    {
        var world = await ReportWorld.CreateAsync(Factory);
        var visitor = await world.Closed.SignedInAsync(world.Officer);

        var page = await visitor.OpenAsync(world.Report());

        foreach (var (cohortId, closed) in new[] { (world.Closed.CohortId, true), (world.Running.CohortId, false) })
        {
            var row = page.Document.QuerySelector($"[data-testid=cohorts] tr[data-cohort='{cohortId}']")!;
            var results = await Factory.AsAsync(world.Officer, async services =>
                (await services.GetRequiredService<ShowResults>().HandleAsync(cohortId, CancellationToken.None)).Model!.Summary);
            var (recruits, completed) = closed ? await RecordsAsync(cohortId) : await LiveAsync(cohortId);

            Assert.Equal(closed ? "records (closed)" : "live (running)", Cell(row, "source"));
            Assert.Equal(results.Recruits.ToString(CultureInfo.InvariantCulture), Cell(row, "recruits"));
            Assert.Equal(recruits, results.Recruits);
            Assert.Equal($"{completed} ({ResultMath.Percent((decimal)completed / recruits)})", Cell(row, "completed"));
            Assert.Equal(results.TookBoth.ToString(CultureInfo.InvariantCulture), Cell(row, "took-both"));
            Assert.Equal(TestText.Percent(results.PreMean), Cell(row, "pre"));
            Assert.Equal(TestText.Percent(results.PostMean), Cell(row, "post"));
            Assert.Equal(results.Gain!.Value.ToString("0.00", CultureInfo.InvariantCulture), Cell(row, "gain"));
        }
        // The closed cohort: of three recruits one completed; two took both tests (40 → 90 and 55 → 72.5).
        var closedRow = page.Document.QuerySelector($"[data-testid=cohorts] tr[data-cohort='{world.Closed.CohortId}']")!;
        Assert.Equal("1 (33%)", Cell(closedRow, "completed"));
        Assert.Equal("47.5%", Cell(closedRow, "pre"));
    }

    [SkippableFact]
    public async Task A_course_versions_pooled_figures_are_worked_over_the_recruits_of_all_its_cohorts()
    {
        var first = await CompletionWorld.CreateAsync(Factory);
        var second = await CompletionWorld.CreateAsync(Factory, first.InstitutionId);
        var (_, a) = await first.EnrolAsync();
        var (_, b) = await first.EnrolAsync();
        var (_, c) = await second.EnrolAsync();
        var question = await FirstScoredQuestionAsync(first.CohortId);
        await AnsweredAsync(a, question, pre: (40m, 0m), post: (90m, 1m));
        await AnsweredAsync(b, question, pre: (60m, 1m), post: (80m, 1m));
        await AnsweredAsync(c, question, pre: (50m, 0m), post: (50m, 0m));
        var officer = await People.CreateAsync(Roles.ProgramOfficer, first.InstitutionId);
        var visitor = await first.SignedInAsync(officer);

        var page = await visitor.OpenAsync($"/reports?institution={first.InstitutionId}");
        var version = page.Document.QuerySelector("[data-testid=versions] tr[data-version]")!;
        var pooled = page.Document.QuerySelector("[data-testid=questions] tr[data-question='1']")!;

        // Pre (40 + 60 + 50) / 3 = 50.0, post (90 + 80 + 50) / 3 = 73.3; ⟨g⟩ = (73.3 − 50) / (100 − 50) = 0.466.
        Assert.Equal("3", Cell(version, "recruits"));
        Assert.Equal("3", Cell(version, "took-both"));
        Assert.Equal("50%", Cell(version, "pre"));
        Assert.Equal("73.3%", Cell(version, "post"));
        Assert.Equal("0.47", Cell(version, "gain"));
        // One of three right before, two of three after, pooled across the two cohorts by question.
        Assert.Equal("33%", Cell(pooled, "before"));
        Assert.Equal("67%", Cell(pooled, "after"));
    }

    static string Cell(IElement row, string testId) => row.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    Task<(int Recruits, int Completed)> RecordsAsync(int cohortId) => Factory.WithDatabaseAsync(async db =>
    {
        var records = await db.CompletionRecords.Where(r => db.Enrollments.Active().Any(e => e.Id == r.EnrollmentId && e.CohortId == cohortId))
            .Select(r => r.Completed).ToListAsync();
        return (records.Count, records.Count(done => done));
    });

    async Task<(int Recruits, int Completed)> LiveAsync(int cohortId)
    {
        var active = await Factory.WithDatabaseAsync(db => db.Enrollments.Active().Where(e => e.CohortId == cohortId).Select(e => e.Id).ToListAsync());
        var decisions = await ServicesAsync(services => services.GetRequiredService<RecruitCompletion>().CohortAsync(cohortId, CancellationToken.None));
        return (active.Count, active.Count(id => decisions[id].Result.Completed));
    }

    async Task<T> ServicesAsync<T>(Func<IServiceProvider, Task<T>> use)
    {
        T result = default!;
        await Factory.WithServicesAsync(async services => result = await use(services));
        return result;
    }

    Task<int> FirstScoredQuestionAsync(int cohortId) => Factory.WithDatabaseAsync(db => db.CourseQuestions
        .Where(q => q.Kind != SmartPolicingLms.Curricula.Model.QuestionKind.Attitude && db.Cohorts.Any(c => c.Id == cohortId && c.CourseVersionId == q.CourseVersionId))
        .OrderBy(q => q.Position).Select(q => q.Id).FirstAsync());

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

    public sealed class OnSqlite(SqliteLmsFactory factory) : ReportFiguresTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ReportFiguresTests(factory), IClassFixture<PostgresLmsFactory>;
}
