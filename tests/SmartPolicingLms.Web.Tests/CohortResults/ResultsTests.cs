using System.Net;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Tests.Assessments;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.CohortResults;

public abstract class ResultsTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_instructor_sees_the_class_means_the_gain_the_pass_share_and_each_question_before_and_after()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var questions = await world.QuestionsAsync();
        var scored = questions.Where(q => q.Kind != QuestionKind.Attitude).ToList();
        // Seven scored questions: Ana gets 2 right before and 6 after; Bo 1 before and at best 4 after; Cy took only the post-test.
        await TakeAsync(world, "Ana", pre: 2, post: [6], agreementBefore: 2, agreementAfter: 5);
        await TakeAsync(world, "Bo", pre: 1, post: [3, 4], agreementBefore: 1, agreementAfter: 4);
        await TakeAsync(world, "Cy", pre: null, post: [7], agreementBefore: null, agreementAfter: 5);
        await world.EnrolAsync();

        var page = await (await world.SignedInAsync(world.Lead)).OpenAsync($"/cohorts/{world.CohortId}/results");

        decimal Pct(int right) => Math.Round(100m * right / scored.Count, 1, MidpointRounding.AwayFromZero);
        var preMean = Math.Round((Pct(2) + Pct(1)) / 2, 1, MidpointRounding.AwayFromZero);
        var postMean = Math.Round((Pct(6) + Pct(4)) / 2, 1, MidpointRounding.AwayFromZero);
        var gain = Math.Round((postMean - preMean) / (100 - preMean), 3, MidpointRounding.AwayFromZero);
        Assert.Contains($"Mean over the 2 of 4 recruits who took both tests: pre-test {preMean:0.#}%, post-test {postMean:0.#}%", page.Text);
        Assert.Contains($"Normalised gain ⟨g⟩ = (post − pre) / (100 − pre) from these means: {gain:0.00}", page.Text);
        Assert.Contains("Passing (post-test at or above 70%): 2 of 3 recruits who took the post-test", page.Text);
        var recruits = page.Table("Recruit", "Pre-test", "Post-test (best)", "Post-test attempts", "Passed");
        var bo = recruits.Single(r => r["Recruit"].TextContent.Contains("Bo"));
        Assert.Equal(($"{Pct(1):0.#}%", $"{Pct(4):0.#}%", "2", "no"),
            (bo["Pre-test"].TextContent, bo["Post-test (best)"].TextContent, bo["Post-test attempts"].TextContent, bo["Passed"].TextContent));
        var rows = page.Table("#", "Question", "Right before", "Right after");
        Assert.Equal(scored.Count, rows.Count);
        Assert.Equal(("50%", "100%"), (rows[1]["Right before"].TextContent, rows[1]["Right after"].TextContent));
        Assert.Equal(("0%", "50%"), (rows[5]["Right before"].TextContent, rows[5]["Right after"].TextContent));
        Assert.NotNull(page.Document.QuerySelector("svg[role=img]"));
        var attitudeRows = page.Document.QuerySelectorAll("h2 ~ .table-responsive table").Last().QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["1", "1", "0", "0", "0"], Counts(attitudeRows[0]));
        Assert.Equal(["0", "0", "0", "1", "1"], Counts(attitudeRows[1]));
        Assert.Contains("the course hopes for agreement", page.Text);
    }

    [SkippableFact]
    public async Task The_gain_is_not_defined_when_the_class_knew_everything_before()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        await TakeAsync(world, "Di", pre: 7, post: [7], agreementBefore: 3, agreementAfter: 3);

        var page = await (await world.SignedInAsync(world.Lead)).OpenAsync($"/cohorts/{world.CohortId}/results");

        Assert.Contains("not defined (the pre-test mean is 100%)", page.Text);
    }

    [SkippableFact]
    public async Task Program_officers_of_the_institution_read_the_results_and_no_one_else_beyond_the_cohorts_instructors()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        await TakeAsync(world, "Ed", pre: 3, post: [6], agreementBefore: 3, agreementAfter: 4);
        var url = $"/cohorts/{world.CohortId}/results";
        var officer = await world.SignedInAsync(await People.CreateAsync(Roles.ProgramOfficer, world.InstitutionId));
        var otherOfficer = await world.SignedInAsync(await People.CreateAsync(Roles.ProgramOfficer, await People.CreateInstitutionAsync()));
        var colleague = await world.SignedInAsync(await People.CreateAsync(Roles.Instructor, world.InstitutionId));
        var administrator = await AdministratorAsync();

        var read = await officer.OpenAsync(url);

        Assert.Contains("Ed", read.Text);
        Assert.DoesNotContain(read.Links, l => l.EndsWith("/tests"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/cohorts/{world.CohortId}/tests")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOfficer.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync(url)).StatusCode);
    }

    static IEnumerable<string> Counts(AngleSharp.Dom.IElement row) =>
        row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).Where(t => t.Length == 1 && char.IsDigit(t[0])).TakeLast(5);

    // Submitted attempts straight into the database: the right answer to the first n scored questions, wrong after.
    static async Task TakeAsync(TestWorld world, string name, int? pre, int[] post, int? agreementBefore, int? agreementAfter)
    {
        var recruit = await world.Factory.People.CreateAsync(Roles.Recruit, world.InstitutionId);
        await world.Factory.WithDatabaseAsync(async db =>
        {
            (await db.Users.FindAsync(recruit.Id))!.DisplayName = name;
            return await db.SaveChangesAsync();
        });
        var enrollment = await world.EnrolAsync(recruit);
        var questions = await world.QuestionsAsync();
        if (pre is { } p)
            await AttemptAsync(world, enrollment, TestKind.Pre, 1, p, agreementBefore, questions);
        for (var i = 0; i < post.Length; i++)
            await AttemptAsync(world, enrollment, TestKind.Post, i + 1, post[i], agreementAfter, questions);
    }

    static Task AttemptAsync(TestWorld world, int enrollment, TestKind kind, int number, int right, int? agreement,
        IReadOnlyList<(int Id, string Key, QuestionKind Kind, IReadOnlyList<decimal> Weights)> questions) =>
        world.Factory.WithDatabaseAsync(async db =>
        {
            var attempt = TestAttempt.Start(enrollment, kind, number, AttemptSource.Online, null, world.Factory.Now);
            db.TestAttempts.Add(attempt);
            await db.SaveChangesAsync();
            var scored = questions.Where(q => q.Kind != QuestionKind.Attitude).ToList();
            for (var i = 0; i < scored.Count; i++)
            {
                var answer = TestAnswer.Create(attempt.Id, scored[i].Id);
                answer.Set("1", null, null, i < right ? 1m : 0m, world.Factory.Now);
                db.TestAnswers.Add(answer);
            }
            var attitude = questions.First(q => q.Kind == QuestionKind.Attitude);
            if (agreement is { } a)
            {
                var answer = TestAnswer.Create(attempt.Id, attitude.Id);
                answer.Set(null, null, a, null, world.Factory.Now);
                db.TestAnswers.Add(answer);
            }
            attempt.Submit(Math.Round(100m * right / scored.Count, 1, MidpointRounding.AwayFromZero), world.Factory.Now);
            return await db.SaveChangesAsync();
        });

    public sealed class OnSqlite(SqliteLmsFactory factory) : ResultsTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ResultsTests(factory), IClassFixture<PostgresLmsFactory>;
}
