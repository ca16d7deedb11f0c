using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.ItemWriting;

/// <summary>
/// Warnings about how questions are written, from the usual rules of item writing: a recruit should not find the key by
/// its length or place, every scored item teaches something back, and an attitude statement asks about one thing.
/// Balance rules look at each test form (the whole bank when the course has one); item rules at each item once.
/// </summary>
public static class ItemWritingCheck
{
    /// <summary>The codes this check reports, each with the short name <c>inspect</c> shows.</summary>
    public static readonly IReadOnlyDictionary<string, string> Rules = new Dictionary<string, string>
    {
        [DiagnosticCodes.ItemLongestIsRight] = "right option often the longest",
        [DiagnosticCodes.ItemKeyPositions] = "right options bunched in one position",
        [DiagnosticCodes.ItemTrueFalseOneWay] = "true/false answers mostly one way",
        [DiagnosticCodes.ItemWithoutFeedback] = "scored items without feedback",
        [DiagnosticCodes.ItemAllOrNoneOfTheAbove] = "'all/none of the above' options",
        [DiagnosticCodes.ItemDoubleBarrelled] = "attitude statements that may ask two things",
    };

    internal static void Run(IReadOnlyList<Question> questions, DiagnosticBag diagnostics)
    {
        foreach (var (name, form) in Forms(questions))
            FormBalance.Check(name, form, diagnostics);
        foreach (var question in questions)
            CheckItem(question, diagnostics);
    }

    static IEnumerable<(string Name, IReadOnlyList<Question> Questions)> Forms(IReadOnlyList<Question> questions)
    {
        if (questions.All(q => q.Form == QuestionForm.Both))
        {
            yield return ("the bank", questions);
            yield break;
        }
        yield return ("the pre-test form", [.. questions.Where(q => q.InPreTest)]);
        yield return ("the post-test form", [.. questions.Where(q => q.InPostTest)]);
    }

    static void CheckItem(Question question, DiagnosticBag diagnostics)
    {
        void Warn(string code, string message) => diagnostics.Warning(code, question.SourcePath, question.Line, 1, message);

        if (question.IsScored && string.IsNullOrWhiteSpace(question.FeedbackHtml) && question.Options.All(o => string.IsNullOrWhiteSpace(o.FeedbackHtml)))
            Warn(DiagnosticCodes.ItemWithoutFeedback,
                $"scored question '{question.Id}' has no feedback; add a quotation (> ...) after its options saying why the answer is right, " +
                "so the post-test review teaches");
        if (question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice
            && question.Options.FirstOrDefault(o => ItemWords.IsAllOrNoneOfTheAbove(o.Text)) is { } catchAll)
            Warn(DiagnosticCodes.ItemAllOrNoneOfTheAbove,
                $"question '{question.Id}' has the option '{catchAll.Text.Trim()}', which a recruit can answer from two other options " +
                "without knowing the rest, and which breaks when options are shuffled; write a specific option instead");
        if (question.Kind == QuestionKind.Attitude && ItemWords.Joiner(ItemWords.TextOf(question.PromptHtml)) is { } joiner)
            Warn(DiagnosticCodes.ItemDoubleBarrelled,
                $"attitude statement '{question.Id}' joins words with '{joiner}', so it may be double-barrelled (asking two things " +
                "that a recruit may answer differently); if so, split it into two statements");
    }
}
