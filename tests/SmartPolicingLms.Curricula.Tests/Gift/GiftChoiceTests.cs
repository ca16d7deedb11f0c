using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftChoiceTests
{
    [Fact]
    public void One_equals_answer_makes_a_single_choice_question()
    {
        var file = GiftTestFile.ReadQuestion("::q-syringe::Where can he get clean syringes?{=At the programme ~At the station ~Nowhere}");

        var question = file.Single;
        file.HasNoDiagnostics();
        Assert.Equal(QuestionKind.SingleChoice, question.Kind);
        Assert.Equal(new[] { "At the programme", "At the station", "Nowhere" }, question.Options.Select(o => o.Text));
        Assert.Equal(new[] { 1m, 0m, 0m }, question.Options.Select(o => o.Weight));
        Assert.True(question.Shuffle);
    }

    [Fact]
    public void Tilde_weights_in_a_single_choice_question_give_partial_credit()
    {
        var question = GiftTestFile.ReadQuestion("::q::Pick one{=Best ~%50%Half right ~Wrong}").Single;

        Assert.Equal(new[] { 1m, 0.5m, 0m }, question.Options.Select(o => o.Weight));
    }

    [Fact]
    public void Multiple_answer_weights_become_option_weights()
    {
        var file = GiftTestFile.ReadQuestion("::q::Which are services?{~%50%Drop-in centre ~%50%Needle exchange ~%-100%Police cell}");

        var question = file.Single;
        file.HasNoDiagnostics();
        Assert.Equal(QuestionKind.MultipleChoice, question.Kind);
        Assert.Equal(new[] { 0.5m, 0.5m, -1m }, question.Options.Select(o => o.Weight));
    }

    [Fact]
    public void Negative_and_fractional_weights_as_Moodle_exports_them_are_read()
    {
        var file = GiftTestFile.ReadQuestion("::q::Pick{~%33.33333%A ~%33.33333%B ~%33.33334%C ~%-50%D ~%-50%E}");

        file.HasNoDiagnostics();
        Assert.Equal(new[] { 0.3333333m, 0.3333333m, 0.3333334m, -0.5m, -0.5m }, file.Single.Options.Select(o => o.Weight));
    }

    [Fact]
    public void Positive_weights_that_do_not_add_up_to_100_are_a_warning()
    {
        var file = GiftTestFile.ReadQuestion("::q::Pick{~%50%A ~%30%B ~C}");

        Assert.Equal(Severity.Warning, file.Only(DiagnosticCodes.GiftWeight).Severity);
        Assert.Equal(QuestionKind.MultipleChoice, file.Single.Kind);
    }

    [Theory]
    [InlineData("{~%abc%A ~%100%B}")]
    [InlineData("{~%150%A ~B}")]
    [InlineData("{~%-101%A ~%100%B}")]
    [InlineData("{~%50 A ~%50%B}")]
    public void A_weight_that_is_not_a_percentage_is_an_error_with_its_line(string answers)
    {
        var file = GiftTestFile.Read("::q::Pick\n" + answers + "\n\n::ok::Next{T}");

        var error = file.Only(DiagnosticCodes.GiftWeight);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(2, error.Line);
        Assert.Equal("ok", Assert.Single(file.Questions).Id);
    }

    [Fact]
    public void Two_equals_answers_among_tilde_answers_are_ambiguous()
    {
        var file = GiftTestFile.ReadQuestion("::q::Pick{=A =B ~C}");

        Assert.Empty(file.Questions);
        Assert.Equal(Severity.Error, file.Only(DiagnosticCodes.GiftSyntax).Severity);
    }

    [Fact]
    public void Choices_without_any_right_answer_are_an_error()
    {
        var file = GiftTestFile.ReadQuestion("::q::Pick{~A ~%-100%B ~C}");

        Assert.Empty(file.Questions);
        Assert.Equal(Severity.Error, file.Only(DiagnosticCodes.NoRightAnswer).Severity);
    }

    [Fact]
    public void Each_answer_keeps_its_own_feedback()
    {
        var question = GiftTestFile.ReadQuestion("::q::Pick{=Refer him#Yes, no conditions. ~Arrest him#No: that ends trust.}").Single;

        Assert.Equal("<p>Yes, no conditions.</p>\n", question.Options[0].FeedbackHtml);
        Assert.Equal("<p>No: that ends trust.</p>\n", question.Options[1].FeedbackHtml);
    }

    [Fact]
    public void Answers_may_sit_on_their_own_lines_with_general_feedback_at_the_end()
    {
        var question = GiftTestFile.ReadQuestion("::q::Pick{\n\t=A\n\t~B\n\t####Both are discussed in module 2.\n}").Single;

        Assert.Equal(new[] { "A", "B" }, question.Options.Select(o => o.Text));
        Assert.Equal("<p>Both are discussed in module 2.</p>\n", question.FeedbackHtml);
        Assert.All(question.Options, o => Assert.Null(o.FeedbackHtml));
    }

    [Fact]
    public void A_choice_question_with_one_answer_is_refused()
    {
        var file = GiftTestFile.ReadQuestion("::q::Pick{~%100%Only}");

        Assert.Empty(file.Questions);
        Assert.Equal(Severity.Error, file.Only(DiagnosticCodes.QuestionShape).Severity);
    }

    [Fact]
    public void An_equals_answer_earns_full_credit_and_a_weight_written_on_it_is_ignored_with_a_warning()
    {
        var file = GiftTestFile.ReadQuestion("::q::Pick{=%50%A ~B}");

        Assert.Equal(new[] { 1m, 0m }, file.Single.Options.Select(o => o.Weight));
        Assert.Equal(Severity.Warning, file.Only(DiagnosticCodes.GiftWeight).Severity);
    }
}
