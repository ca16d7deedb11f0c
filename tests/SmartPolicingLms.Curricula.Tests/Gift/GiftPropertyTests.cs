using System.Text.RegularExpressions;
using CsCheck;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftPropertyTests
{
    const string Valid = """
        // question: 1  name: Switch category
        $CATEGORY: $course$/top/a

        // objective: a
        ::Q1::[html]<p>Text&nbsp;here <img src\="@@PLUGINFILE@@/x.png"></p>{
        	=<p>Right</p>#<p>Yes</p>
        	~%50%<b>Half</b>
        	~Wrong#No
        	####General
        }

        ::Q2::[markdown]See [the map](media/map.png) and [x](javascript:alert(1))\n\nthen **answer**{~%50%A ~%50%B ~%-100%C}

        ::Q3::[plain]True or false\: 1\=1 {TRUE#wrong#right}

        ::Q4::Capital?{=Accra =%50%Kumasi#close}

        Untitled line one
        line two {F}
        """;

    const string Syntax = "{}~=#:%\\n[]-> \n\r\t/$TFCATEGORY@<>p";

    static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, 4000], Gen.Int[0, 2], Gen.Char[Syntax], (at, op, c) => (at, op, c)).Array[1, 16]
            .Select(edits => edits.Aggregate(Valid, Edit));

    static readonly Gen<string> GiftLike = Gen.Char[Syntax + "abcxyz01"].Array[0, 300].Select(chars => new string(chars));

    static readonly Gen<string> MarkdownLike = Gen.Char["[]()!*_<>:/%#`-|^ \n\\nabjsvcript@"].Array[0, 200]
        .Select(chars => "// objective: a\n::q::[markdown]" + new string(chars) + "{T}");

    [Fact]
    public void Random_text_never_throws_and_never_reports_a_line_outside_the_text() =>
        Gen.String.Sample(AssertSane, iter: 2000);

    [Fact]
    public void Text_made_of_GIFT_syntax_never_throws_and_never_reports_a_line_outside_the_text() =>
        GiftLike.Sample(AssertSane, iter: 3000);

    [Fact]
    public void Random_Markdown_text_never_throws_and_never_reports_a_line_outside_the_text() =>
        MarkdownLike.Sample(AssertSane, iter: 3000);

    [Fact]
    public void Mutated_valid_GIFT_never_throws_and_never_reports_a_line_outside_the_text() =>
        Mutated.Sample(AssertSane, iter: 3000);

    [Fact]
    public void The_valid_sample_itself_loads_its_five_questions()
    {
        var file = GiftTestFile.Read(Valid, "a");

        // The only errors are the link policy's: the unsafe link and the map missing from this test course.
        Assert.Equal(new[] { "CUR0401", "CUR0403" }, file.Errors.Select(e => e.Code).Order());
        Assert.Equal(5, file.Questions.Count);
    }

    static void AssertSane(string text)
    {
        var lineCount = Regex.Split(text.TrimStart('\uFEFF'), "\r\n|\r|\n").Length;
        var file = GiftTestFile.Read(text, "a");
        Assert.All(file.Diagnostics, d =>
        {
            Assert.InRange(d.Line, 1, lineCount);
            Assert.True(d.Column >= 1, d.ToString());
        });
        Assert.All(file.Questions, q => Assert.InRange(q.Line, 1, lineCount));
    }

    static string Edit(string text, (int At, int Op, char C) edit)
    {
        var at = edit.At % (text.Length + 1);
        return edit.Op switch
        {
            0 => text.Insert(at, edit.C.ToString()),
            1 when at < text.Length => text.Remove(at, 1),
            _ when at < text.Length => text.Remove(at, 1).Insert(at, edit.C.ToString()),
            _ => text + edit.C,
        };
    }
}
