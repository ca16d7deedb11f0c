using System.Net;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

// Matching, numerical and missing-word questions from a GIFT file, taken online: shown as a person can answer
// them, and scored by the server from what the page posts.
public abstract class GiftKindsTests(LmsFactory factory) : LmsTest(factory)
{
    const string Bank = """
        $CATEGORY: $course$/top/make-a-referral

        ::parity-match::Match each service with what it offers.{
        	=Drop-in centre -> Rest and a meal
        	=Needle and syringe programme -> Clean syringes
        	= -> A police record
        }

        ::parity-number::For how many days is a referral slip valid?{#14:1}

        ::parity-blank::Officers refer people {=without ~only with} conditions.
        """;

    [SkippableFact]
    public async Task A_recruit_pairs_items_and_types_a_number_and_the_server_scores_both()
    {
        await using var installation = Factory.NewInstallation(editableCurricula: true);
        File.WriteAllText(Path.Combine(installation.CurriculaFolder, TestWorld.Course, "questions", "parity.gift"), Bank);
        var world = await TestWorld.BeforeTheCourseAsync(installation);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        var questions = await world.QuestionsAsync();
        int Number(string key) => questions.Select((q, i) => (q.Key, i)).Single(q => q.Key == key).i + 1;
        await taker.StartAsync();

        var matching = await taker.OpenAsync(Number("parity-match"));
        var selects = matching.Document.QuerySelectorAll("select[name='Input.Matched']");
        Assert.Equal(2, selects.Length);
        Assert.All(selects, s => Assert.NotNull(matching.Document.QuerySelector($"label[for='{s.Id}']")));
        Assert.Equal(new[] { "Choose an answer", "A police record", "Clean syringes", "Rest and a meal" },
            selects[0].QuerySelectorAll("option").Select(o => o.TextContent));
        Taker.Redirected(await taker.PostAnswerAsync(matching, ("Input.Matched", "1:3"), ("Input.Matched", "2:1")));
        var number = await taker.OpenAsync(Number("parity-number"));
        Assert.Equal("decimal", number.Document.QuerySelector("input[name='Input.Text']")!.GetAttribute("inputmode"));
        Taker.Redirected(await taker.PostAnswerAsync(number, ("Input.Text", "13,5")));
        var blank = await taker.OpenAsync(Number("parity-blank"));
        Assert.Contains("Officers refer people _____ (blank) conditions.", blank.Text);

        var answers = (await world.AnswersAsync(enrollment)).ToDictionary(a => a.CourseQuestionId);
        var match = answers[questions[Number("parity-match") - 1].Id];
        Assert.Equal(("1:3,2:1", 0.5m), (match.ChosenOptions, match.Score));
        var typed = answers[questions[Number("parity-number") - 1].Id];
        Assert.Equal(("13,5", 1m), (typed.Text, typed.Score));
        var again = await taker.OpenAsync(Number("parity-match"));
        Assert.Equal("1:3", again.Document.QuerySelector("select[name='Input.Matched'] option[selected]")?.GetAttribute("value"));
    }

    [SkippableFact]
    public async Task Values_that_do_not_belong_to_a_matching_or_numerical_question_are_refused_and_nothing_is_saved()
    {
        await using var installation = Factory.NewInstallation(editableCurricula: true);
        File.WriteAllText(Path.Combine(installation.CurriculaFolder, TestWorld.Course, "questions", "parity.gift"), Bank);
        var world = await TestWorld.BeforeTheCourseAsync(installation);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        var questions = await world.QuestionsAsync();
        int Number(string key) => questions.Select((q, i) => (q.Key, i)).Single(q => q.Key == key).i + 1;
        await taker.StartAsync();

        var unknownItem = await taker.AnswerAsync(Number("parity-match"), ("Input.Matched", "1:3"), ("Input.Matched", "3:1"));
        var unknownChoice = await taker.AnswerAsync(Number("parity-match"), ("Input.Matched", "1:9"));
        var optionOnMatching = await taker.AnswerAsync(Number("parity-match"), Taker.Choose(1));
        var notANumber = await taker.AnswerAsync(Number("parity-number"), ("Input.Text", "fourteen"));
        var pairOnNumber = await taker.AnswerAsync(Number("parity-number"), ("Input.Text", "14"), ("Input.Matched", "1:1"));

        Assert.All(new[] { unknownItem, unknownChoice, optionOnMatching, notANumber, pairOnNumber },
            r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Empty(await world.AnswersAsync(enrollment));
    }

    [SkippableFact]
    public async Task An_instructor_enters_a_paper_test_with_pairs_and_a_number_scored_by_the_same_rules()
    {
        await using var installation = Factory.NewInstallation(editableCurricula: true);
        File.WriteAllText(Path.Combine(installation.CurriculaFolder, TestWorld.Course, "questions", "parity.gift"), Bank);
        var world = await TestWorld.AfterTheCourseAsync(installation);
        var (_, enrollment) = await world.EnrolAsync();
        var questions = await world.QuestionsAsync();
        int Number(string key) => questions.Select((q, i) => (q.Key, i)).Single(q => q.Key == key).i + 1;
        var lead = await world.SignedInAsync(world.Lead);
        var form = await lead.OpenAsync($"/cohorts/{world.CohortId}/tests/recruits/{enrollment}/paper/post");
        var match = $"Paper.Answers[{Number("parity-match")}]";
        var number = $"Paper.Answers[{Number("parity-number")}]";
        Assert.Equal(2, form.Document.QuerySelectorAll($"select[name='{match}.Matched']").Length);

        var bad = await lead.SubmitAsync(form, "paper-test", ($"{match}.Matched", "1:3"), ($"{number}.Text", "about fourteen"));
        var saved = await lead.SubmitAsync(form, "paper-test", ($"{match}.Matched", "1:3"), ($"{match}.Matched", "2:2"), ($"{number}.Text", "20"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Taker.Redirected(saved);
        var answers = (await world.AnswersAsync(enrollment)).ToDictionary(a => a.CourseQuestionId, a => a.Score);
        Assert.Equal(1m, answers[questions[Number("parity-match") - 1].Id]);
        Assert.Equal(0m, answers[questions[Number("parity-number") - 1].Id]);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : GiftKindsTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : GiftKindsTests(factory), IClassFixture<PostgresLmsFactory>;
}
