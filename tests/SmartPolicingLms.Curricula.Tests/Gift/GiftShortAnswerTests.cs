using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftShortAnswerTests
{
    [Fact]
    public void Equals_answers_alone_make_a_short_answer_question_with_weights()
    {
        var file = GiftTestFile.ReadQuestion("::q::Capital of Ghana?{=Accra =%50%Kumasi}");

        var question = file.Single;
        file.HasNoDiagnostics();
        Assert.Equal(QuestionKind.ShortAnswer, question.Kind);
        Assert.Equal(new[] { "Accra", "Kumasi" }, question.Options.Select(o => o.Text));
        Assert.Equal(new[] { 1m, 0.5m }, question.Options.Select(o => o.Weight));
    }

    [Fact]
    public void Accepted_answers_are_unescaped_trimmed_and_encoded()
    {
        var question = GiftTestFile.ReadQuestion("::q::Write the ratio{=  1\\:2 <b>  #Yes}").Single;

        var option = Assert.Single(question.Options);
        Assert.Equal("1:2 <b>", option.Text);
        Assert.Equal("1:2 &lt;b&gt;", option.Html);
        Assert.Equal("<p>Yes</p>\n", option.FeedbackHtml);
    }

    [Fact]
    public void Short_answers_as_Moodle_exports_them_keep_zero_weight_answers_with_feedback()
    {
        var question = GiftTestFile.ReadQuestion("::q::Best animal?{\n\t=%100%Frog#Good!\n\t=%50%Cat#Cats again?\n\t=%0%*#Completely wrong\n}").Single;

        Assert.Equal(new[] { 1m, 0.5m, 0m }, question.Options.Select(o => o.Weight));
        Assert.Equal("<p>Completely wrong</p>\n", question.Options[2].FeedbackHtml);
    }

    [Fact]
    public void Short_answers_that_earn_nothing_are_an_error()
    {
        var file = GiftTestFile.ReadQuestion("::q::Capital?{=%0%Kumasi}");

        Assert.Empty(file.Questions);
        Assert.Equal(Severity.Error, file.Only(DiagnosticCodes.NoRightAnswer).Severity);
    }

    [Fact]
    public void An_answer_without_a_marker_is_a_syntax_error()
    {
        var file = GiftTestFile.ReadQuestion("::q::Capital?{Accra}");

        Assert.Empty(file.Questions);
        Assert.Equal(Severity.Error, file.Only(DiagnosticCodes.GiftSyntax).Severity);
    }
}
