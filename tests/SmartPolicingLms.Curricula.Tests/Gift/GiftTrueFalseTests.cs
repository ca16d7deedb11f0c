using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftTrueFalseTests
{
    [Theory]
    [InlineData("{T}", true)]
    [InlineData("{TRUE}", true)]
    [InlineData("{ T }", true)]
    [InlineData("{F}", false)]
    [InlineData("{FALSE}", false)]
    public void True_false_answers_become_True_then_False_options(string answer, bool isTrue)
    {
        var file = GiftTestFile.ReadQuestion("::q::Carrying a clean syringe is an offence." + answer);

        var question = file.Single;
        file.HasNoDiagnostics();
        Assert.Equal(QuestionKind.TrueFalse, question.Kind);
        Assert.Equal(new[] { "True", "False" }, question.Options.Select(o => o.Text));
        Assert.Equal(new[] { isTrue ? 1m : 0m, isTrue ? 0m : 1m }, question.Options.Select(o => o.Weight));
        Assert.False(question.Shuffle);
    }

    [Theory]
    [InlineData("{true}", true)]
    [InlineData("{ t }", true)]
    [InlineData("{False}", false)]
    public void Lower_case_true_false_words_are_read_as_true_false_with_a_warning_because_Moodle_reads_a_short_answer(string answer, bool isTrue)
    {
        var file = GiftTestFile.ReadQuestion("::q::Carrying a clean syringe is an offence." + answer);

        Assert.Equal(QuestionKind.TrueFalse, file.Single.Kind);
        Assert.Equal(isTrue ? 1m : 0m, file.Single.Options[0].Weight);
        Assert.Contains("Moodle reads only upper-case", file.Only(DiagnosticCodes.GiftKeyChanged).Message);
    }

    [Fact]
    public void The_right_option_gets_the_second_feedback_and_the_wrong_option_the_first()
    {
        var question = GiftTestFile.ReadQuestion("::q::Syringes are evidence.{FALSE#Possession of a syringe is legal.#Right: it is legal.}").Single;

        var (trueOption, falseOption) = (question.Options[0], question.Options[1]);
        Assert.Equal("<p>Possession of a syringe is legal.</p>\n", trueOption.FeedbackHtml);
        Assert.Equal("<p>Right: it is legal.</p>\n", falseOption.FeedbackHtml);
    }

    [Fact]
    public void True_false_with_only_wrong_feedback_leaves_the_right_option_without_feedback()
    {
        var question = GiftTestFile.ReadQuestion("::q::Referral needs consent.{T#It always does.}").Single;

        Assert.Null(question.Options[0].FeedbackHtml);
        Assert.Equal("<p>It always does.</p>\n", question.Options[1].FeedbackHtml);
    }

    [Fact]
    public void True_false_keeps_its_general_feedback_apart_from_the_answer_feedback()
    {
        var question = GiftTestFile.ReadQuestion("::q::42 is the answer.{\nFALSE#Wrong.#Right.\n####A Hitchhiker's Guide reference.}").Single;

        Assert.Equal("<p>A Hitchhiker&#39;s Guide reference.</p>\n", question.FeedbackHtml);
        Assert.Equal("<p>Wrong.</p>\n", question.Options[0].FeedbackHtml);
        Assert.Equal("<p>Right.</p>\n", question.Options[1].FeedbackHtml);
    }
}
