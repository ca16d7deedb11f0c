using System.Globalization;
using System.Net;
using System.Text;
using CsCheck;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

/// <summary>
/// Banks generated as data, written out as GIFT with every special character escaped, then imported:
/// every key and weight must come back as generated, with no diagnostic that the author would have to read.
/// </summary>
public sealed class GiftRoundTripTests
{
    sealed record Answer(string Text, decimal Percent, bool Marked, string Feedback, string Match, decimal Value, decimal Tolerance);

    sealed record Generated(QuestionKind Kind, string Prompt, IReadOnlyList<Answer> Answers);

    static readonly decimal[] Grades = [100m, 90m, 83.33333m, 80m, 75m, 70m, 66.66667m, 60m, 50m, 40m, 33.33333m, 30m, 25m, 20m,
        16.66667m, 14.28571m, 12.5m, 11.11111m, 10m, 5m];

    // Letters and every character GIFT gives a meaning, which the writer escapes; no '<' or '&', which Moodle's
    // default format reads as HTML, and no '>', since "->" makes a matching question whatever is escaped.
    static readonly Gen<string> Word = Gen.String[Gen.Char["abcxyzABC019~=#{}:\\*-%"], 1, 8];
    // A leading '%' starts a weight, and GIFT has no escape for it.
    static readonly Gen<string> Text = Word.Array[1, 4].Select(words => string.Join(' ', words)).Select(t => t.StartsWith('%') ? "x" + t : t);
    static readonly Gen<string> FeedbackText = Gen.Frequency((2, Gen.Const("")), (1, Text));
    static readonly Gen<decimal> Grade = Gen.Int[0, Grades.Length - 1].Select(i => Grades[i]);
    static readonly Gen<decimal> Number = Gen.Select(Gen.Int[-99999, 99999], Gen.Int[0, 4],
        (digits, scale) => new decimal(Math.Abs(digits), 0, 0, digits < 0, (byte)scale));

    static Gen<Answer> AnswerWith(Gen<decimal> percent, bool marked) =>
        Gen.Select(Text, percent, FeedbackText, Text, Number, Number.Select(Math.Abs),
            (text, weight, feedback, match, value, tolerance) => new Answer(text, weight, marked, feedback, match, value, tolerance));

    static readonly Gen<Generated> SingleChoice =
        from prompt in Text
        from right in AnswerWith(Gen.Const(100m), marked: true)
        from wrong in AnswerWith(Gen.Frequency((3, Gen.Const(0m)), (1, Grade.Where(g => g < 100))), marked: false).List[1, 4]
        from at in Gen.Int[0, wrong.Count]
        select new Generated(QuestionKind.SingleChoice, prompt, [.. wrong.Take(at), right, .. wrong.Skip(at)]);

    static readonly Gen<Generated> MultipleChoice =
        from prompt in Text
        from rightCount in Gen.Int[1, 4]
        from right in AnswerWith(Gen.Const(new[] { 100m, 50m, 33.33333m, 25m }[rightCount - 1]), marked: false).List[rightCount]
        from wrong in AnswerWith(Gen.Int[0, 3].Select(i => new[] { 0m, -100m, -50m, -33.33333m }[i]), marked: false).List[rightCount == 1 ? 1 : 0, 3]
        select new Generated(QuestionKind.MultipleChoice, prompt, [.. right, .. wrong]);

    static readonly Gen<Generated> TrueFalse =
        from prompt in Text
        from isTrue in Gen.Bool
        select new Generated(QuestionKind.TrueFalse, prompt, [new Answer(isTrue ? "TRUE" : "FALSE", 100, true, "", "", 0, 0)]);

    static readonly Gen<Generated> ShortAnswer =
        from prompt in Text
        from answers in AnswerWith(Gen.Frequency((2, Gen.Const(100m)), (1, Grade)), marked: true).List[1, 3]
        select new Generated(QuestionKind.ShortAnswer, prompt, answers);

    static readonly Gen<Generated> Matching =
        from prompt in Text
        from pairs in AnswerWith(Gen.Const(100m), marked: true).List[2, 4]
        select new Generated(QuestionKind.Matching, prompt, pairs);

    static readonly Gen<Generated> Numerical =
        from prompt in Text
        from answers in AnswerWith(Gen.Frequency((2, Gen.Const(100m)), (1, Grade)), marked: true).List[1, 3]
        select new Generated(QuestionKind.Numerical, prompt, answers);

    static readonly Gen<Generated[]> Bank =
        Gen.OneOf(SingleChoice, MultipleChoice, TrueFalse, ShortAnswer, Matching, Numerical).Array[1, 6];

    [Fact]
    public void Generated_banks_written_as_GIFT_import_with_the_keys_and_weights_they_were_generated_with() =>
        Bank.Sample(bank =>
        {
            var file = GiftTestFile.Read(Write(bank), "a");

            Assert.Empty(file.Diagnostics);
            Assert.Equal(bank.Length, file.Questions.Count);
            for (var i = 0; i < bank.Length; i++)
            {
                var question = file.Questions[i];
                Assert.Equal(bank[i].Kind, question.Kind);
                Assert.Equal($"<p>{WebUtility.HtmlEncode(bank[i].Prompt)}</p>\n", question.PromptHtml);
                Assert.Equal(ExpectedKey(bank[i]), GiftKeys.Of(question));
                Assert.Equal(ExpectedFeedback(bank[i]), question.Options.Select(o => o.FeedbackHtml is { } html ? WebUtility.HtmlDecode(html) : ""));
            }
        }, iter: 400);

    static string Write(Generated[] bank)
    {
        var gift = new StringBuilder("$CATEGORY: $course$/top/a\n\n");
        for (var i = 0; i < bank.Length; i++)
            gift.Append($"::q{i}::").Append(Escape(bank[i].Prompt)).Append('{').Append(Block(bank[i])).Append("}\n\n");
        return gift.ToString();
    }

    static string Block(Generated question) => question.Kind switch
    {
        QuestionKind.TrueFalse => question.Answers[0].Text,
        QuestionKind.Matching => string.Concat(question.Answers.Select((a, n) => $"\n\t={Escape(a.Text)} {n} -> {Escape(a.Match)}")),
        QuestionKind.Numerical => "#" + string.Concat(question.Answers.Select(a =>
            $"\n\t=%{Show(a.Percent)}%{Show(a.Value)}:{Show(a.Tolerance)}{Feedback(a)}")),
        QuestionKind.ShortAnswer => string.Concat(question.Answers.Select(a => $"\n\t=%{Show(a.Percent)}%{Escape(a.Text)}{Feedback(a)}")),
        _ => string.Concat(question.Answers.Select((a, n) =>
            "\n\t" + (a.Marked ? "=" : $"~%{Show(a.Percent)}%") + $"{Escape(a.Text)} {n}{Feedback(a)}")),
    };

    static string ExpectedKey(Generated question) => question.Kind switch
    {
        QuestionKind.TrueFalse => question.Answers[0].Text == "TRUE" ? "True 1 | False 0" : "True 0 | False 1",
        QuestionKind.Matching => string.Join(" | ", question.Answers.Select((a, n) => $"{a.Text} {n} -> {a.Match}")),
        QuestionKind.Numerical => string.Join(" | ", question.Answers.Select(a => $"{Show(a.Value)}±{Show(a.Tolerance)} {Weight(a)}")),
        QuestionKind.ShortAnswer => string.Join(" | ", question.Answers.Select(a => $"{a.Text} {Weight(a)}")),
        _ => string.Join(" | ", question.Answers.Select((a, n) => $"{a.Text} {n} {(a.Marked ? "1" : Weight(a))}")),
    };

    static IEnumerable<string> ExpectedFeedback(Generated question) => question.Kind switch
    {
        QuestionKind.TrueFalse => ["", ""],
        QuestionKind.Matching => question.Answers.Select(_ => ""),
        _ => question.Answers.Select(a => a.Feedback.Length == 0 ? "" : $"<p>{a.Feedback}</p>\n"),
    };

    static string Feedback(Answer answer) => answer.Feedback.Length == 0 ? "" : "#" + Escape(answer.Feedback);

    static string Weight(Answer answer) => Show(answer.Percent / 100m);

    static string Show(decimal number) => (number / 1.000000000000000000000000000000000m).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Moodle's escapes: a backslash before each character GIFT reads as syntax.</summary>
    static string Escape(string text)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            if (c is '~' or '=' or '#' or '{' or '}' or ':' or '\\') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
