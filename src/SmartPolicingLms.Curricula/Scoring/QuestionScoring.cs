using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Scoring;

/// <summary>
/// The format's scoring rules (curricula/README.md), in one place for the web app, paper entry
/// and reports. Every scored question is worth one point; a score is a share of it from 0 to 1.
/// </summary>
public static class QuestionScoring
{
    /// <summary>
    /// Scores a choice question. <paramref name="weights"/> are the options' weights in written
    /// order, <paramref name="chosen"/> the indexes chosen. Single choice and true/false need
    /// exactly one choice; multiple choice adds the weights of the chosen options.
    /// </summary>
    public static decimal Choice(QuestionKind kind, IReadOnlyList<decimal> weights, IReadOnlyCollection<int> chosen)
    {
        if (chosen.Any(i => i < 0 || i >= weights.Count) || chosen.Distinct().Count() != chosen.Count) return 0m;
        return kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.TrueFalse => chosen.Count == 1 ? Clamp(weights[chosen.First()]) : 0m,
            QuestionKind.MultipleChoice => Clamp(chosen.Sum(i => weights[i])),
            _ => throw new ArgumentException($"{kind} is not a choice question", nameof(kind)),
        };
    }

    /// <summary>
    /// Scores a typed answer: the best weight among accepted answers that match it, ignoring upper
    /// and lower case and spaces around it. As in Moodle, <c>*</c> in an accepted answer stands for
    /// any characters (<c>needle*programme</c> accepts "needle and syringe programme"), and <c>\*</c>
    /// for a star itself.
    /// </summary>
    public static decimal ShortAnswer(IEnumerable<(string Text, decimal Weight)> accepted, string? answer)
    {
        var typed = answer?.Trim() ?? "";
        if (typed.Length == 0) return 0m;
        var matches = accepted.Where(a => Matches(a.Text.Trim(), typed)).ToList();
        return matches.Count == 0 ? 0m : Clamp(matches.Max(m => m.Weight));
    }

    static bool Matches(string accepted, string typed)
    {
        if (!accepted.Contains('*', StringComparison.Ordinal))
            return string.Equals(accepted, typed, StringComparison.OrdinalIgnoreCase);
        var pattern = new StringBuilder("^");
        for (var i = 0; i < accepted.Length; i++)
        {
            if (accepted[i] == '\\' && i + 1 < accepted.Length && accepted[i + 1] == '*')
            {
                pattern.Append(@"\*");
                i++;
            }
            else if (accepted[i] == '*')
            {
                // One ".*" for a run of stars: "a**b" means what "a*b" does, without a pattern that backtracks twice.
                if (!pattern.ToString().EndsWith(".*", StringComparison.Ordinal))
                    pattern.Append(".*");
            }
            else
            {
                pattern.Append(Regex.Escape(accepted[i].ToString()));
            }
        }
        return Regex.IsMatch(typed, pattern.Append('$').ToString(),
            RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// Scores a matching question as Moodle does: the share of items paired with their answer.
    /// <paramref name="matches"/> holds each item's right answer, <paramref name="chosen"/> the answer
    /// chosen for each item in the same order (null when none); answers compare as written.
    /// </summary>
    public static decimal Matching(IReadOnlyList<string> matches, IReadOnlyList<string?> chosen)
    {
        if (matches.Count == 0 || chosen.Count != matches.Count) return 0m;
        var right = matches.Where((match, i) => string.Equals(match, chosen[i], StringComparison.Ordinal)).Count();
        return Clamp((decimal)right / matches.Count);
    }

    /// <summary>
    /// Scores a typed number: the best weight among the answers that accept it. An answer without a
    /// range (Moodle's <c>*</c>) accepts any number.
    /// </summary>
    public static decimal Numerical(IEnumerable<(NumericAnswer? Range, decimal Weight)> answers, decimal number)
    {
        var accepting = answers.Where(a => a.Range is not { } range || range.Accepts(number)).ToList();
        return accepting.Count == 0 ? 0m : Clamp(accepting.Max(a => a.Weight));
    }

    /// <summary>
    /// Reads a typed number with either a point or a comma as the decimal separator (3.14 or 3,14),
    /// and no thousands separators; null when it is not such a number.
    /// </summary>
    public static decimal? ReadNumber(string? typed)
    {
        var text = typed?.Trim() ?? "";
        if (text.Length == 0 || text.Count(c => c is '.' or ',') > 1) return null;
        return decimal.TryParse(text.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    /// <summary>A test's score in percent: points earned over scored questions, rounded to one decimal.</summary>
    public static decimal Percent(IReadOnlyCollection<decimal> questionScores, int scoredQuestions) =>
        scoredQuestions == 0 ? 0m : Math.Round(100m * questionScores.Sum() / scoredQuestions, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The normalised gain ⟨g⟩ = (post − pre) / (100 − pre) from class means in percent; null when
    /// the pre-test mean is 100, where there was nothing left to gain.
    /// </summary>
    public static decimal? NormalisedGain(decimal preMean, decimal postMean) =>
        preMean >= 100m ? null : Math.Round((postMean - preMean) / (100m - preMean), 3, MidpointRounding.AwayFromZero);

    // Weights like 1/3 are stored to six places, so three of them add up to 0.999999: round first.
    static decimal Clamp(decimal score) => Math.Clamp(Math.Round(score, 4, MidpointRounding.AwayFromZero), 0m, 1m);
}
