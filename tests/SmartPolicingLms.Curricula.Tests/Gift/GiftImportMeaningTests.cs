using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Tests.Gift;

/// <summary>What an author wrote and what the importer understood must not part silently.</summary>
public sealed class GiftImportMeaningTests
{
    [Fact]
    public void An_objective_comment_cut_off_by_a_blank_line_is_a_warning_on_its_line()
    {
        var file = GiftTestFile.Read("$CATEGORY: $course$/top/a\n\n// objective: b\n\n::q::Clean syringes are legal.{T}", "a", "b");

        var warning = file.Only(DiagnosticCodes.GiftObjectiveDetached);
        Assert.Equal((Severity.Warning, 3, 1), (warning.Severity, warning.Line, warning.Column));
        Assert.Equal("a", file.Single.ObjectiveId);
    }

    [Fact]
    public void An_objective_comment_right_above_its_question_is_no_warning()
    {
        var file = GiftTestFile.Read("// objective: b\n// [tag:x]\n::q::Clean syringes are legal.{T}", "b");

        file.HasNoDiagnostics();
        Assert.Equal("b", file.Single.ObjectiveId);
    }

    [Fact]
    public void Moodles_id_number_becomes_the_id_of_an_untitled_question_and_a_title_still_wins()
    {
        var file = GiftTestFile.Read(
            "// objective: a\n// [id:HR-017]\nClean syringes are legal.{T}\n\n// objective: a\n// [id:HR-018]\n::Titled::Carrying condoms is legal.{T}", "a");

        file.HasNoDiagnostics();
        Assert.Equal(new[] { "hr-017", "titled" }, file.Questions.Select(q => q.Id));
    }

    [Theory]
    [InlineData("~%33.33%A ~%33.33%B ~%33.34%C", 3)]
    [InlineData("=A ~%35%B ~C", 1)]
    public void Weights_Moodle_would_refuse_or_round_are_warnings(string answers, int count)
    {
        var file = GiftTestFile.ReadQuestion("::q::Pick{" + answers + "}");

        var warnings = file.Diagnostics.Where(d => d.Code == DiagnosticCodes.GiftWeightNotMoodle).ToList();
        Assert.Equal(count, warnings.Count);
        Assert.Contains("not one of Moodle's grades", warnings[0].Message);
    }

    [Fact]
    public void Moodles_own_rounded_thirds_are_no_warning()
    {
        var file = GiftTestFile.ReadQuestion("::q::Pick{~%33.33333%A ~%33.33333%B ~%33.33333%C ~%-100%D}");

        file.HasNoDiagnostics();
    }

    [Fact]
    public void Two_options_that_read_the_same_but_score_differently_are_a_warning()
    {
        var file = GiftTestFile.ReadQuestion("::q::Pick{=[html]<b>Refer</b> ~[html]<i>Refer</i> ~Arrest}");

        Assert.Contains("cannot tell which is right", file.Only(DiagnosticCodes.GiftKeyChanged).Message);
    }

    [Fact]
    public void A_short_answer_with_a_line_break_nobody_can_type_is_a_warning()
    {
        var file = GiftTestFile.ReadQuestion("::q::Name it{=needle\\nprogramme}");

        Assert.Equal(2, file.Only(DiagnosticCodes.GiftKeyChanged).Line);
    }

    [Fact]
    public void A_link_to_a_course_file_in_html_text_is_kept()
    {
        var file = GiftTestFile.ReadWithFiles("// objective: a\n::g::[html]<p>Listen to <a href\\=\"../media/greeting.mp3\">the greeting</a>.</p>{T}",
            ["media/greeting.mp3"], "a");

        file.HasNoDiagnostics();
        Assert.Equal("<p>Listen to <a href=\"media/greeting.mp3\">the greeting</a>.</p>\n", file.Single.PromptHtml);
    }

    [Fact]
    public void A_web_link_in_html_text_is_kept_and_an_unsafe_one_is_reported_on_its_line_and_reduced_to_its_text()
    {
        var file = GiftTestFile.ReadQuestion(
            "::g::[html]<p>See <a href\\=\"https\\://example.org/a?b\\=1&amp;c\\=2\">the law</a>.</p>\n<p>Or <a href\\=\"javascript\\:alert(1)\">this</a></p>{T}");

        var error = file.Only(DiagnosticCodes.UnsafeLink);
        Assert.Equal((3, 7), (error.Line, error.Column));
        Assert.Equal("<p>See <a href=\"https://example.org/a?b=1&amp;c=2\">the law</a>.</p>\n<p>Or this</p>\n", file.Single.PromptHtml);
    }

    [Fact]
    public void A_link_to_a_file_inside_Moodle_keeps_its_text_with_a_warning()
    {
        var file = GiftTestFile.ReadQuestion("::g::[html]<p>Listen: <a href\\=\"@@PLUGINFILE@@/greeting.mp3\">greeting.mp3</a></p>{T}");

        Assert.Contains("@@PLUGINFILE@@", file.Only(DiagnosticCodes.GiftUnsupported).Message);
        Assert.Equal("<p>Listen: greeting.mp3</p>\n", file.Single.PromptHtml);
    }

    [Fact]
    public void Link_text_spanning_paragraphs_stays_one_well_formed_link()
    {
        var file = GiftTestFile.ReadQuestion("::g::[html]<a href\\=\"https\\://example.org\"><p>One</p><p>Two</p></a>{T}");

        Assert.Equal("<p><a href=\"https://example.org\">One Two</a></p>\n", file.Single.PromptHtml);
    }
}
