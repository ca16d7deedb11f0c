using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftStructureTests
{
    [Fact]
    public void Questions_are_separated_by_blank_lines_and_know_their_first_line()
    {
        var file = GiftTestFile.Read("// objective: a\n::one::First{T}\n\n\n// objective: a\n::two::\nSecond\n{F}\n", "a");

        Assert.Equal(new[] { "one", "two" }, file.Questions.Select(q => q.Id));
        Assert.Equal(new[] { 2, 6 }, file.Questions.Select(q => q.Line));
        Assert.All(file.Questions, q => Assert.Equal(GiftTestFile.Path, q.SourcePath));
        file.HasNoDiagnostics();
    }

    [Fact]
    public void A_comment_directly_above_a_question_names_its_objective()
    {
        var question = GiftTestFile.Read("// question: 12  name: x\n//   Objective:  make-a-referral  \n::q::Text{T}", "make-a-referral").Single;

        Assert.Equal("make-a-referral", question.ObjectiveId);
    }

    [Fact]
    public void A_category_whose_last_part_is_an_objective_names_the_objective_of_the_questions_under_it()
    {
        var file = GiftTestFile.Read(
            "$CATEGORY: $course$/top/Referral/ name-local-services \n\n::a::A{T}\n\n::b::B{T}\n\n$CATEGORY: $course$/top/Default for Course\n\n::c::C{T}",
            "name-local-services");

        Assert.Equal(new[] { "name-local-services", "name-local-services", null }, file.Questions.Select(q => q.ObjectiveId));
        var warning = file.Only(DiagnosticCodes.QuestionWithoutObjective);
        Assert.Equal((Severity.Warning, 9), (warning.Severity, warning.Line));
        Assert.Contains("// objective: <id>", warning.Message);
    }

    [Fact]
    public void The_objective_comment_wins_over_the_category()
    {
        var question = GiftTestFile.Read("$CATEGORY: top/first\n\n// objective: second\n::q::Text{T}", "first", "second").Single;

        Assert.Equal("second", question.ObjectiveId);
    }

    [Fact]
    public void A_comment_separated_by_a_blank_line_is_not_directly_above()
    {
        var file = GiftTestFile.Read("// objective: a\n\n::q::Text{T}", "a");

        Assert.Null(file.Single.ObjectiveId);
        Assert.Equal(3, file.Only(DiagnosticCodes.QuestionWithoutObjective).Line);
    }

    [Theory]
    [InlineData("Q1", "q1")]
    [InlineData("PEP: the first 72 hours!", "pep-the-first-72-hours")]
    [InlineData("  --Referral__Basics--  ", "referral-basics")]
    [InlineData("2-08 TSL", "q-2-08-tsl")]
    [InlineData("Ratio 1\\:2", "ratio-1-2")]
    public void A_title_becomes_the_id_in_id_form(string title, string id)
    {
        Assert.Equal(id, GiftTestFile.ReadQuestion($"::{title}::Text{{T}}").Single.Id);
    }

    [Fact]
    public void A_long_title_is_cut_to_64_characters()
    {
        var id = GiftTestFile.ReadQuestion($"::{new string('a', 63)} bbb::Text{{T}}").Single.Id;

        Assert.Equal(new string('a', 63), id);
    }

    [Fact]
    public void An_untitled_question_gets_the_file_name_and_its_place_with_a_warning()
    {
        var file = GiftTestFile.Read("// objective: a\n::q::First{T}\n\n// objective: a\nSecond{T}", "a");

        Assert.Equal(new[] { "q", "x-2" }, file.Questions.Select(q => q.Id));
        var warning = file.Only(DiagnosticCodes.QuestionShape);
        Assert.Equal((Severity.Warning, 5), (warning.Severity, warning.Line));
        Assert.Contains("reordered", warning.Message);
    }

    [Fact]
    public void A_title_without_any_letter_or_digit_falls_back_to_the_place_in_the_file()
    {
        var file = GiftTestFile.ReadQuestion("::***::Текст{T}");

        Assert.Equal("x-1", file.Single.Id);
        Assert.Equal(Severity.Warning, file.Only(DiagnosticCodes.QuestionShape).Severity);
    }

    [Fact]
    public void Comment_lines_inside_a_question_are_ignored()
    {
        var question = GiftTestFile.ReadQuestion("::q::Pick{\n// the right one\n=A\n  // a wrong one\n~B\n}").Single;

        Assert.Equal(new[] { "A", "B" }, question.Options.Select(o => o.Text));
    }
}
