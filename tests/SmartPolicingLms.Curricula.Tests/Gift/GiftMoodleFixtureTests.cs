using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

/// <summary>A file in the shape Moodle 4 exports (Fixtures/moodle4-export.gift), read unchanged.</summary>
public sealed class GiftMoodleFixtureTests
{
    static GiftTestFile ReadFixture() => GiftTestFile.Read(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gift", "Fixtures", "moodle4-export.gift")),
        "refer-to-services", "know-the-law");

    [Fact]
    public void A_Moodle_4_export_imports_unchanged_with_every_key_as_Moodle_has_it()
    {
        var file = ReadFixture();

        Assert.Empty(file.Diagnostics);
        Assert.Equal(
            new[] { "referral-first-contact", "harm-reduction-services", "match-services", "year-of-the-law", "possession", "capital", "section-12-consent" },
            file.Questions.Select(q => q.Id));
        Assert.Equal(
            new[]
            {
                "Tell her where the nearest clinic is and when it opens. 1 | Ask for her identity document first. 0 | Take her to the station. 0",
                "Needle and syringe programme 0.333333 | Opioid substitution therapy 0.333333 | Naloxone distribution 0.333333 | Compulsory detention -1",
                "Drop-in centre -> Rest and a meal | Needle and syringe programme -> Clean syringes | Outreach worker -> Support where people are",
                "2005±0 1 | 2005±1 0.5 | * 0",
                "True 0 | False 1",
                "Accra 1 | Kumasi 0.5",
                "a warrant 0 | consent 1 | a fee 0",
            },
            file.Questions.Select(GiftKeys.Of));
        Assert.Equal(
            new[] { "refer-to-services", "refer-to-services", "refer-to-services", "know-the-law", "know-the-law", "know-the-law", "know-the-law" },
            file.Questions.Select(q => q.ObjectiveId));
    }

    [Fact]
    public void Its_html_keeps_the_web_link_and_its_escapes_resolve()
    {
        var questions = ReadFixture().Questions;

        Assert.Equal("<p>A woman who sells sex asks where she can get tested. What do you do?</p>\n", questions[0].PromptHtml);
        Assert.Equal("<p>No: conditions keep people away from services.</p>\n", questions[0].Options[1].FeedbackHtml);
        Assert.Null(questions[0].Options[2].FeedbackHtml);
        Assert.Equal("<p>See <a href=\"https://www.unaids.org/en\">UNAIDS</a> for more.</p>\n", questions[1].FeedbackHtml);
        Assert.Equal("<p>Which of these are harm-reduction services?</p>\n<p>Choose all that apply.</p>\n", questions[1].PromptHtml);
        Assert.Equal(QuestionKind.Numerical, questions[3].Kind);
        Assert.Contains("See the handout.", questions[3].Options[2].FeedbackHtml);
        Assert.Equal(new[] { 9, 18, 29, 42, 51, 56, 64 }, questions.Select(q => q.Line));
    }
}
