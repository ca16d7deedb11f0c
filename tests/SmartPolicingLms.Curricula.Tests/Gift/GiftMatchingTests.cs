using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftMatchingTests
{
    [Fact]
    public void Pairs_become_items_with_their_answers_and_an_item_without_text_is_an_extra_answer()
    {
        var file = GiftTestFile.ReadQuestion("""
            ::m::Match each service with what it offers.{
            	=Drop-in centre -> Rest and a meal
            	=Needle and syringe programme -> Clean syringes
            	= -> Compulsory treatment
            }
            """);

        var question = file.Single;
        file.HasNoDiagnostics();
        Assert.Equal(QuestionKind.Matching, question.Kind);
        Assert.Equal(new[] { "Drop-in centre", "Needle and syringe programme", "" }, question.Options.Select(o => o.Text));
        Assert.Equal(new[] { "Rest and a meal", "Clean syringes", "Compulsory treatment" }, question.Options.Select(o => o.Match));
        Assert.Equal(new[] { 1m, 1m, 0m }, question.Options.Select(o => o.Weight));
    }

    [Fact]
    public void A_hash_or_percent_in_a_pair_is_text_as_in_Moodle()
    {
        var question = GiftTestFile.ReadQuestion("::m::Match{=%50%A -> B#1 =C -> D}").Single;

        Assert.Equal(new[] { "%50%A", "C" }, question.Options.Select(o => o.Text));
        Assert.Equal(new[] { "B#1", "D" }, question.Options.Select(o => o.Match));
    }

    [Theory]
    [InlineData("::m::Match{=a -> b =c}", "no '->'")]
    [InlineData("::m::Match{=a -> b =c -> }", "no answer after")]
    [InlineData("::m::Match{=a -> b = -> c}", "at least two items")]
    public void Pairs_that_cannot_be_read_are_errors(string question, string fragment)
    {
        var file = GiftTestFile.ReadQuestion(question);

        Assert.Contains(fragment, file.Only(DiagnosticCodes.GiftMatching).Message);
        Assert.Empty(file.Questions);
    }

    [Fact]
    public void The_same_item_with_two_answers_is_a_warning()
    {
        var file = GiftTestFile.ReadQuestion("::m::Match{=a -> b =A -> c =d -> e}");

        Assert.Contains("appears twice", file.Only(DiagnosticCodes.GiftKeyChanged).Message);
    }
}
