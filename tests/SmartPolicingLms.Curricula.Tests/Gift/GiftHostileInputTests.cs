using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftHostileInputTests
{
    [Fact]
    public void A_javascript_link_in_Markdown_never_becomes_a_link()
    {
        var file = GiftTestFile.ReadQuestion("::q::[markdown]Click [x](javascript:alert(1)){=[x](javascript:alert(2)) ~[y]( JaVa\tScRiPt:alert(3) )#[z](javascript:alert(4))}");

        var question = file.Single;
        var html = question.PromptHtml + string.Concat(question.Options.Select(o => o.Html + o.FeedbackHtml));
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", html);
        Assert.Contains(file.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink);
    }

    [Fact]
    public void The_link_policy_reports_the_line_of_the_link_in_the_GIFT_file()
    {
        var file = GiftTestFile.Read("// objective: a\n\n::q::[markdown]First line\nthen [x](javascript:alert(1))\n{T}", "a");

        Assert.Equal(4, file.Only(DiagnosticCodes.UnsafeLink).Line);
    }

    [Theory]
    [InlineData("[markdown]<script>alert(1)</script> <img src=x onerror=alert(1)>")]
    [InlineData("[html]<script>alert(1)</script><a href\\=\"javascript:alert(1)\" onclick\\=\"alert(1)\">x</a>")]
    [InlineData("[plain]<script>alert(1)</script>")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;")]
    public void Html_in_any_format_never_reaches_the_page_as_markup(string prompt)
    {
        var question = GiftTestFile.ReadQuestion($"::q::{prompt}{{T}}").Single;

        Assert.DoesNotContain("<script", question.PromptHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", question.PromptHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", question.PromptHtml, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_nested_deeper_than_Markdig_renders_is_an_error_not_an_exception()
    {
        var file = GiftTestFile.ReadQuestion("::q::[markdown]" + string.Concat(Enumerable.Repeat("> ", 300)) + "deep{T}");

        Assert.Equal(Severity.Error, file.Only(DiagnosticCodes.GiftSyntax).Severity);
        Assert.StartsWith("<p>&gt; &gt; &gt;", file.Single.PromptHtml);
    }

    [Fact]
    public void Markdown_too_long_for_a_question_is_an_error_and_is_shown_as_plain_text()
    {
        var file = GiftTestFile.ReadQuestion("::q::[markdown]" + string.Concat(Enumerable.Repeat("*a_", 2000)) + "{T}");

        Assert.Equal(Severity.Error, file.Only(DiagnosticCodes.QuestionShape).Severity);
        Assert.StartsWith("<p>*a_*a_", file.Single.PromptHtml);
    }

    // How long this file takes is measured by hand: the benchmark's --hostile mode.
    [Fact]
    public void A_large_hostile_file_is_read_whole_and_no_prompt_too_costly_to_parse_is_parsed()
    {
        var question = "// objective: a\n::q::[markdown]" + string.Concat(Enumerable.Repeat("[x](", 990)) + "{T}\n\n";
        var count = 512_000 / question.Length;

        var file = GiftTestFile.Read(string.Concat(Enumerable.Repeat(question, count)), "a");

        // Markdig's time grows with the square of the '[' in a paragraph; each prompt is refused before it is parsed
        // and shown as plain text.
        Assert.Equal(count, file.Questions.Count);
        Assert.Equal(count, file.Diagnostics.Count);
        Assert.All(file.Diagnostics, d =>
        {
            Assert.Equal(DiagnosticCodes.GiftSyntax, d.Code);
            Assert.Contains("holds 990 emphasis and link marks ('*', '_', '~', '^', '=', '+' and '['); at most 500 fit in one", d.Message);
        });
        Assert.All(file.Questions, q => Assert.StartsWith("<p>[x]([x]([x](", q.PromptHtml));
    }
}
