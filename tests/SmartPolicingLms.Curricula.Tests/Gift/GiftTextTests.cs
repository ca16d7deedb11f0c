using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftTextTests
{
    [Fact]
    public void Markdown_text_is_rendered_as_Markdown()
    {
        var question = GiftTestFile.ReadQuestion("::q::[markdown]Is **consent** needed?{=Yes#Always, see *module 2*. ~No}").Single;

        Assert.Equal("<p>Is <strong>consent</strong> needed?</p>\n", question.PromptHtml);
        Assert.Equal("Yes", question.Options[0].Html);
        Assert.Equal("<p>Always, see <em>module 2</em>.</p>\n", question.Options[0].FeedbackHtml);
    }

    [Fact]
    public void Plain_text_is_encoded_and_keeps_its_line_breaks()
    {
        var question = GiftTestFile.ReadQuestion("::q::[plain]Is <b>this</b> bold?\\nNo.{T}").Single;

        Assert.Equal("<p>Is &lt;b&gt;this&lt;/b&gt; bold?<br />\nNo.</p>\n", question.PromptHtml);
    }

    [Theory]
    [InlineData("[html]<p>text&nbsp;here</p>")]
    [InlineData("[moodle]<p>text&nbsp;here</p>")]
    [InlineData("<p>text&nbsp;here</p>")]
    public void Html_is_reduced_to_its_text_and_never_passed_through(string text)
    {
        var question = GiftTestFile.ReadQuestion($"::q::{text}{{T}}").Single;

        Assert.Equal("<p>text here</p>\n", question.PromptHtml);
    }

    [Fact]
    public void Html_breaks_and_paragraphs_become_line_breaks_and_source_newlines_do_not()
    {
        var question = GiftTestFile.ReadQuestion("::q::[html]<p>One\\ntwo<br>three</p><p>&lt;Four&gt; &amp; five</p>{T}").Single;

        Assert.Equal("<p>One two<br />\nthree</p>\n<p>&lt;Four&gt; &amp; five</p>\n", question.PromptHtml);
    }

    [Fact]
    public void Moodle_auto_format_keeps_its_line_breaks()
    {
        var question = GiftTestFile.ReadQuestion("::q::First line\nsecond line{T}").Single;

        Assert.Equal("<p>First line<br />\nsecond line</p>\n", question.PromptHtml);
    }

    [Fact]
    public void Answers_and_feedback_inherit_the_question_format_unless_they_name_their_own()
    {
        var question = GiftTestFile.ReadQuestion("::q::[html]<p>Pick</p>{=<b>Bold</b>#<i>fine</i> ~[plain]<b>raw</b>#[markdown]**md**}").Single;

        Assert.Equal("Bold", question.Options[0].Html);
        Assert.Equal("<p>fine</p>\n", question.Options[0].FeedbackHtml);
        Assert.Equal("&lt;b&gt;raw&lt;/b&gt;", question.Options[1].Html);
        Assert.Equal("<p><strong>md</strong></p>\n", question.Options[1].FeedbackHtml);
    }

    [Fact]
    public void Backslash_escapes_are_text_not_syntax()
    {
        var question = GiftTestFile.ReadQuestion("::q::Is 1\\=1 \\{really\\} \\~ \\# \\: true?{=Yes \\~ sure ~No \\# never}").Single;

        Assert.Equal("<p>Is 1=1 {really} ~ # : true?</p>\n", question.PromptHtml);
        Assert.Equal(new[] { "Yes ~ sure", "No # never" }, question.Options.Select(o => o.Text));
    }

    [Fact]
    public void A_double_backslash_is_one_backslash_and_other_backslashes_stay()
    {
        var question = GiftTestFile.ReadQuestion("::q::[plain]C:\\\\temp \\d{T}").Single;

        Assert.Equal("<p>C:\\temp \\d</p>\n", question.PromptHtml);
    }

    [Fact]
    public void Moodle_file_images_are_dropped_with_a_warning()
    {
        var file = GiftTestFile.ReadQuestion("::q::[html]<p>Look <img src\\=\"@@PLUGINFILE@@/map.png\" alt\\=\"map\"> here</p>{T}");

        Assert.Equal("<p>Look here</p>\n", file.Single.PromptHtml);
        var warning = file.Only(DiagnosticCodes.GiftUnsupported);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("@@PLUGINFILE@@/map.png", warning.Message);
    }

    [Fact]
    public void Moodle_file_images_in_Markdown_are_dropped_with_a_warning()
    {
        var file = GiftTestFile.ReadQuestion("::q::[markdown]Look ![map](@@PLUGINFILE@@/map.png) here{T}");

        Assert.DoesNotContain("PLUGINFILE", file.Single.PromptHtml);
        Assert.Equal(Severity.Warning, file.Only(DiagnosticCodes.GiftUnsupported).Severity);
        Assert.DoesNotContain(file.Diagnostics, d => d.Severity == Severity.Error);
    }
}
