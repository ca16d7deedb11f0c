using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftMissingWordTests
{
    [Fact]
    public void Text_after_the_answer_block_makes_a_blank_in_the_sentence()
    {
        var file = GiftTestFile.ReadQuestion("::w::The nearest service is the {=drop-in ~station ~court} on Main Street.");

        var question = file.Single;
        file.HasNoDiagnostics();
        Assert.Equal(QuestionKind.SingleChoice, question.Kind);
        Assert.Equal(
            "<p>The nearest service is the <span class=\"answer-blank\">_____<span class=\"visually-hidden\"> (blank)</span></span> on Main Street.</p>\n",
            question.PromptHtml);
        Assert.Equal(new[] { 1m, 0m, 0m }, question.Options.Select(o => o.Weight));
    }

    [Theory]
    [InlineData("[markdown]Call the **outreach** {=worker} before *noon*.", "<strong>outreach</strong>")]
    [InlineData("[html]<p>Call the {=worker} before noon.</p>", "Call the <span")]
    [InlineData("{=Outreach ~Police} workers carry naloxone.", "<p><span class=\"answer-blank\">")]
    public void The_blank_is_kept_in_every_format(string text, string fragment)
    {
        var question = GiftTestFile.ReadQuestion("::w::" + text).Single;

        Assert.Contains(fragment, question.PromptHtml);
        Assert.Contains("answer-blank", question.PromptHtml);
    }
}
