using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.ItemWriting;

/// <summary>
/// Rules over a whole test form, where a pattern across items lets a recruit score without knowing the content.
/// Each needs enough items to mean something, and is reported at the first item that shows the pattern.
/// </summary>
internal static class FormBalance
{
    /// <summary>Single-choice items a form needs before the longest-option rule speaks.</summary>
    public const int LongestMinItems = 5;
    /// <summary>The share of single-choice items whose key is the longest option above which the check warns.</summary>
    public const decimal LongestMaxShare = 0.40m;
    /// <summary>Single-choice items a form needs before the key-position rule speaks.</summary>
    public const int PositionMinItems = 8;
    /// <summary>True/false items a form needs before the one-way rule speaks.</summary>
    public const int TrueFalseMinItems = 5;
    /// <summary>The share of true/false items with the same answer above which the check warns.</summary>
    public const decimal TrueFalseMaxShare = 0.70m;

    public static void Check(string form, IReadOnlyList<Question> questions, DiagnosticBag diagnostics)
    {
        var single = questions.Where(q => q.Kind == QuestionKind.SingleChoice && q.Options.Count >= 2).ToList();
        LongestIsRight(form, single, diagnostics);
        KeyPositions(form, single, diagnostics);
        TrueFalse(form, [.. questions.Where(q => q.Kind == QuestionKind.TrueFalse && q.Options.Count == 2)], diagnostics);
    }

    static void LongestIsRight(string form, List<Question> single, DiagnosticBag diagnostics)
    {
        if (single.Count < LongestMinItems) return;
        var longest = single.Where(q =>
        {
            var key = KeyIndex(q);
            var length = q.Options[key].Text.Trim().Length;
            return q.Options.Where((_, i) => i != key).All(o => o.Text.Trim().Length < length);
        }).ToList();
        if (longest.Count <= LongestMaxShare * single.Count) return;
        Warn(diagnostics, DiagnosticCodes.ItemLongestIsRight, longest[0],
            $"in {form}, the right option is the longest in {longest.Count} of {single.Count} single-choice items ({Percent(longest.Count, single.Count)}; " +
            $"more than {LongestMaxShare * 100:0}% lets a recruit guess by length): {Places(longest)}; make the wrong options as long and as specific as the right one");
    }

    // Positions as written: the order of a paper test, and of every item with 'Shuffle: no'. An even spread gives
    // position p the share 1/n of each item with at least p options; a chi-square test at the 5% level says how far
    // from even is too far for the number of items there are.
    static void KeyPositions(string form, List<Question> single, DiagnosticBag diagnostics)
    {
        if (single.Count < PositionMinItems) return;
        var widest = single.Max(q => q.Options.Count);
        var expected = Enumerable.Range(0, widest).Select(p => single.Where(q => q.Options.Count > p).Sum(q => 1.0 / q.Options.Count)).ToArray();
        var observed = Enumerable.Range(0, widest).Select(p => single.Count(q => KeyIndex(q) == p)).ToArray();
        var chiSquare = expected.Select((e, p) => (observed[p] - e) * (observed[p] - e) / e).Sum();
        var limit = ChiSquareLimit(widest - 1);
        if (chiSquare <= limit) return;
        var most = Enumerable.Range(0, widest).MaxBy(p => observed[p] - expected[p]);
        var holding = single.Where(q => KeyIndex(q) == most).ToList();
        Warn(diagnostics, DiagnosticCodes.ItemKeyPositions, holding[0],
            $"in {form}, the right options of {single.Count} single-choice items are written in uneven places " +
            $"({string.Join(", ", observed.Select((o, p) => $"{Ordinal(p + 1)} {o}"))}; an even spread gives about " +
            $"{string.Join(", ", expected.Select(e => e.ToString("0.#", Invariant)))}); the {Ordinal(most + 1)} place holds the most: " +
            $"{Places(holding)}; move some keys elsewhere, as a paper test and an item with 'Shuffle: no' show options as written");
    }

    /// <summary>The chi-square value a fair spread exceeds only 5% of the time.</summary>
    public static double ChiSquareLimit(int degrees) => degrees switch
    {
        <= 1 => 3.841,
        2 => 5.991,
        3 => 7.815,
        4 => 9.488,
        5 => 11.070,
        6 => 12.592,
        7 => 14.067,
        8 => 15.507,
        // Wilson and Hilferty's approximation, close enough where options are this many.
        _ => degrees * Math.Pow(1 - 2.0 / (9 * degrees) + 1.645 * Math.Sqrt(2.0 / (9 * degrees)), 3),
    };

    static void TrueFalse(string form, List<Question> items, DiagnosticBag diagnostics)
    {
        if (items.Count < TrueFalseMinItems) return;
        var trueKeys = items.Where(q => q.Options[0].IsCorrect).ToList();
        var falseKeys = items.Where(q => !q.Options[0].IsCorrect).ToList();
        var (major, word) = trueKeys.Count >= falseKeys.Count ? (trueKeys, "true") : (falseKeys, "false");
        if (major.Count <= TrueFalseMaxShare * items.Count) return;
        Warn(diagnostics, DiagnosticCodes.ItemTrueFalseOneWay, major[0],
            $"in {form}, {major.Count} of {items.Count} true/false items are {word} ({Percent(major.Count, items.Count)}; more than " +
            $"{TrueFalseMaxShare * 100:0}% lets a recruit score by always answering {word}): {Places(major)}; rewrite some as statements with the other answer");
    }

    static readonly System.Globalization.CultureInfo Invariant = System.Globalization.CultureInfo.InvariantCulture;

    static int KeyIndex(Question question)
    {
        var best = 0;
        for (var i = 1; i < question.Options.Count; i++)
            if (question.Options[i].Weight > question.Options[best].Weight) best = i;
        return best;
    }

    static void Warn(DiagnosticBag diagnostics, string code, Question at, string message) =>
        diagnostics.Warning(code, at.SourcePath, at.Line, 1, message);

    static string Percent(int part, int whole) => $"{Math.Round(100m * part / whole, 0, MidpointRounding.AwayFromZero):0}%";

    static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", 5 => "fifth", _ => $"{n}th" };

    static string Places(IEnumerable<Question> questions) => string.Join("; ", questions.GroupBy(q => q.SourcePath)
        .Select(g => $"{g.Key} line{(g.Count() == 1 ? "" : "s")} {string.Join(", ", g.Select(q => q.Line))}"));
}
