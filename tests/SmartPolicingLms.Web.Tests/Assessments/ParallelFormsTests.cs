using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

// The test course rewritten as two parallel forms: each objective is measured by one pre item and one post item,
// except name-local-services, whose one item both tests ask; the attitude items stay in both.
public abstract class ParallelFormsTests(LmsFactory factory) : LmsTest(factory)
{
    static readonly string[] PreOnly = ["Why does a needle and syringe programme", "A woman asks where she can get tested", "Which police actions keep people away"];
    static readonly string[] PostOnly = ["A referral means the officer decides", "A man leaving the syringe programme", "Carrying condoms is evidence"];
    const string Shared = "Which of these does a drop-in centre";

    [SkippableFact]
    public async Task The_pre_test_asks_only_the_pre_form_and_the_post_test_only_the_post_form()
    {
        await using var installation = TwoForms(Factory);
        var before = await TestWorld.BeforeTheCourseAsync(installation);
        var after = await TestWorld.AfterTheCourseAsync(installation);

        var pre = await ReviewAsync(before, "pre");
        var post = await ReviewAsync(after, "post");

        Assert.All([.. PreOnly, Shared], p => Assert.Contains(p, pre.Page.Text));
        Assert.All(PostOnly, p => Assert.DoesNotContain(p, pre.Page.Text));
        Assert.All([.. PostOnly, Shared], p => Assert.Contains(p, post.Page.Text));
        Assert.All(PreOnly, p => Assert.DoesNotContain(p, post.Page.Text));
        // Four scored items and two attitude items in each form: the bank's nine are never all asked.
        Assert.Equal(HttpStatusCode.OK, (await pre.Taker.Visitor.GetAsync(pre.Taker.Question(6))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await pre.Taker.Visitor.GetAsync(pre.Taker.Question(7))).StatusCode);
    }

    [SkippableFact]
    public async Task A_paper_post_test_lists_the_post_form_and_is_scored_over_it()
    {
        await using var installation = TwoForms(Factory);
        var world = await TestWorld.AfterTheCourseAsync(installation);
        var (_, enrollment) = await world.EnrolAsync();
        var post = (await FormAsync(world)).Where(q => q.Form != QuestionForm.Pre).ToList();
        var lead = await world.SignedInAsync(world.Lead);
        var form = await lead.OpenAsync($"/cohorts/{world.CohortId}/tests/recruits/{enrollment}/paper/post");
        var fields = post.Select((q, i) => (Number: i + 1, q)).Where(x => x.q.Kind != QuestionKind.Attitude)
            .SelectMany(x => Taker.RightAnswer(x.q.Kind, x.q.Weights).Select(f => (f.Item1.Replace("Input.", $"Paper.Answers[{x.Number}]."), f.Item2)))
            .ToArray();

        Taker.Redirected(await lead.SubmitAsync(form, "paper-test", fields));

        Assert.All(PostOnly, p => Assert.Contains(p, form.Text));
        Assert.All(PreOnly, p => Assert.DoesNotContain(p, form.Text));
        Assert.Equal(100m, Assert.Single(await world.AttemptsAsync(enrollment)).ScorePercent);
    }

    [SkippableFact]
    public async Task Results_compare_the_two_forms_by_objective_not_by_question()
    {
        await using var installation = TwoForms(Factory);
        var world = await TestWorld.AfterTheCourseAsync(installation);
        var questions = await FormAsync(world);
        // Ana: nothing right before, everything after. Bo: only the referral benefits right before, everything after.
        await TakeAsync(world, questions, pre: q => false, post: q => true);
        await TakeAsync(world, questions, pre: q => q.Objective == "explain-referral-benefits", post: q => true);

        var page = await (await world.SignedInAsync(world.Lead)).OpenAsync($"/cohorts/{world.CohortId}/results");

        var rows = page.Table("Objective", "Questions before / after", "Right before", "Right after");
        Assert.Equal(4, rows.Count);
        var benefits = rows.Single(r => r["Objective"].TextContent.StartsWith("Explain how a referral", StringComparison.Ordinal));
        Assert.Equal(("1 / 1", "50%", "100%"),
            (benefits["Questions before / after"].TextContent, benefits["Right before"].TextContent, benefits["Right after"].TextContent));
        Assert.All(rows.Where(r => r != benefits), r => Assert.Equal(("0%", "100%"), (r["Right before"].TextContent, r["Right after"].TextContent)));
        Assert.DoesNotContain(page.Document.QuerySelectorAll("th"), th => th.TextContent == "Question");
        Assert.Contains("Attitudes", page.Text);
    }

    [SkippableFact]
    public async Task The_program_officers_report_compares_the_two_forms_by_objective_too()
    {
        await using var installation = TwoForms(Factory);
        var world = await TestWorld.AfterTheCourseAsync(installation);
        var questions = await FormAsync(world);
        await TakeAsync(world, questions, pre: q => false, post: q => true);
        await TakeAsync(world, questions, pre: q => q.Objective == "explain-referral-benefits", post: q => true);
        var officer = await new People(installation).CreateAsync(Roles.ProgramOfficer, world.InstitutionId);

        var page = await (await world.SignedInAsync(officer)).OpenAsync($"/reports?institution={world.InstitutionId}");

        var benefits = page.Document.QuerySelector("[data-testid=objectives] tr[data-objective='explain-referral-benefits']")!;
        Assert.Equal(4, page.Document.QuerySelectorAll("[data-testid=objectives] tbody tr").Length);
        Assert.Equal(("50%", "100%"), (benefits.QuerySelector("[data-testid=before]")!.TextContent, benefits.QuerySelector("[data-testid=after]")!.TextContent));
        Assert.Null(page.Document.QuerySelector("[data-testid=questions]"));
    }

    static LmsFactory TwoForms(LmsFactory factory)
    {
        var installation = WithTwoForms(factory.NewInstallation(editableCurricula: true));
        installation.Start();
        return installation;
    }

    // The installation's own copy of the test course, marked into two forms before the installation imports it.
    internal static LmsFactory WithTwoForms(LmsFactory installation)
    {
        var questions = Path.Combine(installation.CurriculaFolder, CohortBuilder.TestCourse, "questions");
        Edit(Path.Combine(questions, "bank.md"),
            ("Objective: explain-referral-benefits\nKind: single\n", "Objective: explain-referral-benefits\nKind: single\nForm: pre\n"),
            ("Objective: explain-referral-benefits\nKind: true-false\n", "Objective: explain-referral-benefits\nKind: true-false\nForm: post\n"),
            ("Objective: make-a-referral\nKind: single\n", "Objective: make-a-referral\nKind: single\nForm: pre\n"),
            ("Objective: recognise-barriers\nKind: multiple\n", "Objective: recognise-barriers\nKind: multiple\nForm: pre\n"));
        Edit(Path.Combine(questions, "moodle-export.gift"),
            ("::Safe referral::", "// form: post\n::Safe referral::"),
            ("::Condoms as evidence::", "// form: post\n::Condoms as evidence::"));
        return installation;
    }

    static void Edit(string file, params (string From, string To)[] changes)
    {
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        foreach (var (from, to) in changes)
        {
            Assert.Contains(from, text);
            text = text.Replace(from, to);
        }
        File.WriteAllText(file, text);
    }

    static async Task<(Taker Taker, HtmlPage Page)> ReviewAsync(TestWorld world, string kind)
    {
        var (recruit, _) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, kind);
        await taker.StartAsync();
        return (taker, await taker.Visitor.OpenAsync(taker.Review));
    }

    internal sealed record FormQuestion(int Id, string? Objective, QuestionKind Kind, QuestionForm Form, IReadOnlyList<decimal> Weights);

    internal static Task<List<FormQuestion>> FormAsync(TestWorld world) => world.Factory.WithDatabaseAsync(async db =>
        (await db.CourseQuestions.AsNoTracking().Where(q => q.CourseVersionId == world.CourseVersionId).Include(q => q.Options)
            .OrderBy(q => q.Position).ToListAsync())
        .Select(q => new FormQuestion(q.Id, q.ObjectiveKey, q.Kind, q.Form, [.. q.Options.OrderBy(o => o.Position).Select(o => o.Weight)]))
        .ToList());

    // Submitted attempts straight into the database: each test's scored items, right where the rule says so.
    internal static async Task TakeAsync(TestWorld world, List<FormQuestion> questions, Func<FormQuestion, bool> pre, Func<FormQuestion, bool> post)
    {
        var (_, enrollment) = await world.EnrolAsync();
        await AttemptAsync(world, enrollment, TestKind.Pre, questions.Where(q => q.Form != QuestionForm.Post), pre);
        await AttemptAsync(world, enrollment, TestKind.Post, questions.Where(q => q.Form != QuestionForm.Pre), post);
    }

    static Task AttemptAsync(TestWorld world, int enrollment, TestKind kind, IEnumerable<FormQuestion> form, Func<FormQuestion, bool> right) =>
        world.Factory.WithDatabaseAsync(async db =>
        {
            var attempt = TestAttempt.Start(enrollment, kind, 1, AttemptSource.Online, null, world.Factory.Now);
            db.TestAttempts.Add(attempt);
            await db.SaveChangesAsync();
            var scored = form.Where(q => q.Kind != QuestionKind.Attitude).ToList();
            foreach (var question in scored)
            {
                var answer = TestAnswer.Create(attempt.Id, question.Id);
                answer.Set("1", null, null, right(question) ? 1m : 0m, world.Factory.Now);
                db.TestAnswers.Add(answer);
            }
            attempt.Submit(Math.Round(100m * scored.Count(right) / scored.Count, 1), world.Factory.Now);
            return await db.SaveChangesAsync();
        });

    public sealed class OnSqlite(SqliteLmsFactory factory) : ParallelFormsTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ParallelFormsTests(factory), IClassFixture<PostgresLmsFactory>;
}
