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
    /// Scores a typed answer: the best weight among accepted answers equal to it, ignoring upper
    /// and lower case and spaces around it.
    /// </summary>
    public static decimal ShortAnswer(IEnumerable<(string Text, decimal Weight)> accepted, string? answer)
    {
        var typed = answer?.Trim() ?? "";
        if (typed.Length == 0) return 0m;
        var matches = accepted.Where(a => string.Equals(a.Text.Trim(), typed, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 0 ? 0m : Clamp(matches.Max(m => m.Weight));
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
