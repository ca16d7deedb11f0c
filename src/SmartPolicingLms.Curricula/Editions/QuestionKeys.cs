using System.Globalization;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Editions;

/// <summary>
/// Compares an edition question with its reference question: kind, objective, Form, Shuffle and Favourable, and the
/// answer key (options counted and right by position, weights, numerical answers, matching pairs). Short answers are
/// words of each language and are not compared. Once the kind or the number of options differs, the rest would differ
/// by consequence and is not reported.
/// </summary>
internal static class QuestionKeys
{
    // renamedObjectives: objective ids an edition module renamed, reported there once; a question using the new id is
    // read as using the old one.
    public static void Compare(
        Question original, Question edition, string from, string path, IReadOnlyDictionary<string, string> renamedObjectives, DiagnosticBag diagnostics)
    {
        void Differs(string code, string message) => diagnostics.Error(code, path, edition.Line, 1, $"question '{edition.Written ?? edition.Id}': {message}");

        if (edition.Kind != original.Kind)
        {
            Differs(DiagnosticCodes.EditionQuestionKindDiffers, $"the kind is {Kind(edition.Kind)} here but {Kind(original.Kind)} {from}");
            return;
        }
        var objective = edition.ObjectiveId is { } id ? renamedObjectives.GetValueOrDefault(id, id) : null;
        if (objective != original.ObjectiveId)
            Differs(DiagnosticCodes.EditionQuestionObjectiveDiffers,
                $"it measures {Quote(edition.ObjectiveId)} here but {Quote(original.ObjectiveId)} {from}");
        if (Settings(edition, original) is { Length: > 0 } settings)
            Differs(DiagnosticCodes.EditionQuestionSettingDiffers, $"{settings} {from}");
        switch (edition.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.MultipleChoice or QuestionKind.TrueFalse:
                Choices(edition, original, from, Differs);
                break;
            case QuestionKind.Numerical:
                if (Numbers(edition) is var mine && Numbers(original) is var theirs && mine != theirs)
                    Differs(DiagnosticCodes.EditionNumbersDiffer, $"it accepts {mine} here but {theirs} {from}");
                break;
            case QuestionKind.Matching:
                if (Pairs(edition) is var pairs && Pairs(original) is var originalPairs && pairs != originalPairs)
                    Differs(DiagnosticCodes.EditionPairsDiffer, $"it has {pairs} here but {originalPairs} {from}");
                break;
        }
    }

    static void Choices(Question edition, Question original, string from, Action<string, string> differs)
    {
        if (edition.Options.Count != original.Options.Count)
        {
            differs(DiagnosticCodes.EditionOptionCountDiffers,
                $"it has {edition.Options.Count} options here but {original.Options.Count} {from}; translate every option, in the same order");
            return;
        }
        var (right, originalRight) = (Right(edition), Right(original));
        if (right != originalRight)
        {
            differs(DiagnosticCodes.EditionAnswerKeyDiffers, edition.Kind == QuestionKind.TrueFalse
                ? $"the answer is {(edition.Options[0].IsCorrect ? "true" : "false")} here but {(original.Options[0].IsCorrect ? "true" : "false")} {from}"
                : $"the right options are {right} here but {originalRight} {from}; keep the options in the reference's order");
            return;
        }
        if (Weights(edition) is var weights && Weights(original) is var originalWeights && weights != originalWeights)
            differs(DiagnosticCodes.EditionWeightsDiffer, $"the options' weights are {weights} here but {originalWeights} {from}");
    }

    static string Settings(Question edition, Question original)
    {
        var differences = new List<string>();
        if (edition.Form != original.Form) differences.Add($"Form is {Word(edition.Form)} here but {Word(original.Form)}");
        if (edition.Shuffle != original.Shuffle) differences.Add($"Shuffle is {(edition.Shuffle ? "yes" : "no")} here but {(original.Shuffle ? "yes" : "no")}");
        if (edition.Kind == QuestionKind.Attitude && edition.Favourable != original.Favourable)
            differences.Add($"Favourable is {Word(edition.Favourable)} here but {Word(original.Favourable)}");
        return string.Join("; ", differences);
    }

    // "1 and 3 (of 4)": right options by their written place.
    static string Right(Question question)
    {
        var places = question.Options.Select((o, i) => (o, i)).Where(x => x.o.IsCorrect).Select(x => (x.i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        return $"{(places.Count == 0 ? "none" : string.Join(" and ", places))} (of {question.Options.Count})";
    }

    static string Weights(Question question) => string.Join(", ", question.Options.Select(o => Percent(o.Weight)));

    static string Numbers(Question question) => string.Join(", ", question.Options.Select(o =>
        (o.Number is { } n ? $"{N(n.Value)}±{N(n.Tolerance)}" : "any number") + $" for {Percent(o.Weight)}"));

    static string Pairs(Question question)
    {
        var items = question.Options.Count(o => o.Weight > 0);
        var extra = question.Options.Count - items;
        return $"{items} pairs" + (extra > 0 ? $" and {extra} extra answers" : "");
    }

    static string Percent(decimal weight) => N(weight * 100) + "%";

    static string N(decimal value) => value.ToString("0.#####", CultureInfo.InvariantCulture);

    static string Quote(string? id) => id is null ? "no objective" : $"'{id}'";

    static string Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "single",
        QuestionKind.MultipleChoice => "multiple",
        QuestionKind.TrueFalse => "true-false",
        QuestionKind.ShortAnswer => "short-answer",
        _ => kind.ToString().ToLowerInvariant(),
    };

    static string Word<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
