using System.Globalization;
using System.Net;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// Numerical questions as Moodle reads them: <c>{#3.14}</c>, <c>{#3.14:0.01}</c> (give or take),
/// <c>{#1..5}</c> (a range), several answers <c>{#=%100%3.14:0 =%50%3.1:0.1}</c>, and <c>~#feedback</c>
/// for any other number.
/// </summary>
internal sealed class GiftNumbers(GiftOptions options, GiftDiagnostics report)
{
    // Stored as numeric(28, 10): more digits would be rounded by the database, changing the key.
    const int MaxDecimals = 10;
    const decimal MaxSize = 1_000_000_000_000_000m;

    public GiftOptionSet? Read(GiftSpan block, GiftTextFormat format, GiftPosition at)
    {
        var tilde = block.IndexOf('~');
        var answersPart = tilde < 0 ? block : block.Slice(0, tilde);
        var answers = Answers(answersPart.Trim());
        if (answers is null) return null;
        if (answers.Count == 0)
            return RefuseSet(at, "this numerical question has no answer; write it as {#3.14} or {#3.14:0.01}");
        var chosen = new List<QuestionOption>();
        foreach (var answer in answers)
        {
            var option = Option(answer, format);
            if (option is null) return null;
            chosen.Add(option);
        }
        if (tilde >= 0) chosen.Add(AnyOther(block.Slice(tilde + 1), format));
        if (!chosen.Any(o => o.IsCorrect))
        {
            report.Error(DiagnosticCodes.NoRightAnswer, at, "no answer of this numerical question earns credit; give one a positive weight");
            return null;
        }
        return new GiftOptionSet(QuestionKind.Numerical, chosen);
    }

    /// <summary>Split at '=' as Moodle does; a first answer without '=' ({#3.14}) is accepted as written.</summary>
    List<GiftAnswer>? Answers(GiftSpan part)
    {
        if (part.IsEmpty) return [];
        var first = part.IndexOf('=');
        var answers = new List<GiftAnswer>();
        if (first != 0)
        {
            var bare = GiftAnswers.Read('=', part.Position, first < 0 ? part : part.Slice(0, first), report);
            if (bare is null) return null;
            answers.Add(bare);
            if (first < 0) return answers;
        }
        var rest = GiftAnswers.Split(part.Slice(first), "=", report);
        return rest is null ? null : [.. answers, .. rest];
    }

    QuestionOption? Option(GiftAnswer answer, GiftTextFormat format)
    {
        var written = answer.Text.Text.Trim();
        var weight = (answer.Weight ?? 100) / 100;
        var feedback = options.Feedback(answer.Feedback, format);
        if (written == "*")
            return new QuestionOption("any number", "*", weight, feedback);
        var range = written.IndexOf("..", StringComparison.Ordinal);
        var colon = answer.Text.IndexOf(':');
        NumericAnswer? number;
        string shown;
        if (range > 0)
        {
            var (min, max) = (Number(written[..range], answer.Position), Number(written[(range + 2)..], answer.Position));
            if (min is null || max is null) return null;
            if (min > max) return Refuse(answer.Position, $"the range {written} runs backwards and accepts no number; write the smaller number first");
            (number, shown) = (NumericAnswer.Range(min.Value, max.Value), $"{Show(min.Value)} to {Show(max.Value)}");
        }
        else if (colon > 0)
        {
            var value = Number(answer.Text.Slice(0, colon).Text, answer.Position);
            var tolerance = Number(answer.Text.Slice(colon + 1).Text, answer.Position);
            if (value is null || tolerance is null) return null;
            if (tolerance < 0) return Refuse(answer.Position, $"the margin in {written} is negative and accepts no number; write it as 3.14:0.01");
            (number, shown) = (new NumericAnswer(value.Value, tolerance.Value),
                tolerance == 0 ? Show(value.Value) : $"{Show(value.Value)} ± {Show(tolerance.Value)}");
        }
        else
        {
            var value = Number(written, answer.Position);
            if (value is null) return null;
            (number, shown) = (new NumericAnswer(value.Value, 0), Show(value.Value));
        }
        return new QuestionOption(WebUtility.HtmlEncode(shown), written, weight, feedback) { Number = number };
    }

    QuestionOption AnyOther(GiftSpan wrong, GiftTextFormat format)
    {
        var hash = wrong.IndexOf('#');
        var feedback = hash < 0 ? null : options.Feedback(wrong.Slice(hash + 1), format);
        return new QuestionOption("any other number", "*", 0, feedback);
    }

    decimal? Number(string text, GiftPosition at)
    {
        var written = text.Trim();
        if (!decimal.TryParse(written, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            report.Error(DiagnosticCodes.GiftNumber, at, written.Contains(',', StringComparison.Ordinal)
                ? $"'{Shorten(written)}' is not a number: GIFT numbers take a point, such as 3.14 (recruits may type 3,14)"
                : $"'{Shorten(written)}' is not a number; write answers as 3.14, 3.14:0.01 (give or take) or 1..5 (a range)");
            return null;
        }
        if (Math.Abs(number) >= MaxSize || number.Scale > MaxDecimals && decimal.Round(number, MaxDecimals) != number)
        {
            report.Error(DiagnosticCodes.GiftNumber, at,
                $"'{Shorten(written)}' has more than {MaxDecimals} decimals or 15 digits, more than answers are stored with");
            return null;
        }
        return number;
    }

    static string Show(decimal number) => number.ToString("0.##########", CultureInfo.InvariantCulture);

    static string Shorten(string text) => text.Length <= 30 ? text : text[..27] + "...";

    QuestionOption? Refuse(GiftPosition at, string message)
    {
        report.Error(DiagnosticCodes.GiftNumber, at, message);
        return null;
    }

    GiftOptionSet? RefuseSet(GiftPosition at, string message)
    {
        report.Error(DiagnosticCodes.GiftNumber, at, message);
        return null;
    }
}
