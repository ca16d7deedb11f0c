using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftUnsupportedTests
{
    const string Before = "// objective: a\n::first::First{T}\n\n";
    const string After = "\n\n// objective: a\n::last::Last{F}\n";

    [Theory]
    [InlineData("::e::Describe a good referral.{}", "essay")]
    [InlineData("::e::Describe a good referral.{####We look for consent.}", "essay")]
    public void Essays_are_errors_at_their_answer_block_and_the_others_still_load(string question, string kind)
    {
        var file = GiftTestFile.Read(Before + question + After, "a");

        var error = file.Only(DiagnosticCodes.GiftUnsupported);
        Assert.Equal((Severity.Error, 4), (error.Severity, error.Line));
        Assert.Contains(kind, error.Message);
        Assert.Equal(new[] { "first", "last" }, file.Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_second_answer_block_is_an_error_where_it_opens()
    {
        var file = GiftTestFile.ReadQuestion("::w::The {=drop-in ~station} is open on {=Monday ~Sunday}.");

        var error = file.Only(DiagnosticCodes.GiftSyntax);
        Assert.Equal((2, 41), (error.Line, error.Column));
        Assert.Empty(file.Questions);
    }

    [Fact]
    public void A_description_is_skipped_with_a_warning()
    {
        var file = GiftTestFile.Read(Before + "::d::Read the case study before answering." + After, "a");

        var warning = file.Only(DiagnosticCodes.GiftUnsupported);
        Assert.Equal((Severity.Warning, 4), (warning.Severity, warning.Line));
        Assert.Equal(2, file.Questions.Count);
    }

    [Theory]
    [InlineData("::u::Unclosed {=a ~b", 4, 15)]
    [InlineData("::u::Unclosed\n{=a\n~b", 5, 1)]
    [InlineData("::u Title never closes {T}", 4, 1)]
    [InlineData("::u::Stray } brace{T}", 4, 12)]
    [InlineData("::u::Nested{=a {b} ~c}", 4, 16)]
    public void Syntax_errors_are_reported_where_they_are_and_reading_goes_on(string question, int line, int column)
    {
        var file = GiftTestFile.Read(Before + question + After, "a");

        var error = file.Only(DiagnosticCodes.GiftSyntax);
        Assert.Equal((Severity.Error, line, column), (error.Severity, error.Line, error.Column));
        Assert.Equal(new[] { "first", "last" }, file.Questions.Select(q => q.Id));
    }

    [Fact]
    public void A_blank_line_inside_an_answer_block_ends_the_question_as_in_Moodle()
    {
        var file = GiftTestFile.Read("::q::Pick{\n=A\n\n~B\n}", "a");

        Assert.Empty(file.Questions);
        Assert.Equal(new[] { 1, 5 }, file.Errors.Select(e => e.Line));
    }
}
