namespace SmartPolicingLms.Curricula.Model;

/// <summary>A question of the bank shared by the pre- and post-test.</summary>
/// <param name="Id">Stable id, unique within the course, so before and after can be compared.</param>
/// <param name="ObjectiveId">The learning objective it measures, or null when none is named (a warning).</param>
/// <param name="Kind">How it is answered and scored.</param>
/// <param name="PromptHtml">The rendered question.</param>
/// <param name="Options">The options; for short answer, the accepted answers.</param>
/// <param name="Shuffle">Whether options may be shuffled per recruit.</param>
/// <param name="FeedbackHtml">General feedback shown after the test, or null.</param>
/// <param name="Favourable">For attitude items: which end of the scale is the attitude the course aims at.</param>
/// <param name="SourcePath">File path relative to the course folder.</param>
/// <param name="Line">1-based line of the question in its file.</param>
/// <param name="Form">Which test form asks it: both (a single bank, as most courses have), or only the pre- or the post-test.</param>
public sealed record Question(
    string Id,
    string? ObjectiveId,
    QuestionKind Kind,
    string PromptHtml,
    IReadOnlyList<QuestionOption> Options,
    bool Shuffle,
    string? FeedbackHtml,
    AttitudeDirection Favourable,
    string SourcePath,
    int Line,
    QuestionForm Form = QuestionForm.Both)
{
    /// <summary>Attitude items are answered but never scored.</summary>
    public bool IsScored => Kind != QuestionKind.Attitude;

    // The heading or GIFT title as the author wrote it (Id is its Latin key), so a message can quote what they wrote.
    internal string? Written { get; init; }

    /// <summary>True when the pre-test asks it.</summary>
    public bool InPreTest => Form != QuestionForm.Post;

    /// <summary>True when the post-test asks it.</summary>
    public bool InPostTest => Form != QuestionForm.Pre;
}

/// <summary>
/// An option of a question, an accepted short or numerical answer, or a pair of a matching question.
/// </summary>
/// <param name="Html">
/// The rendered option (for short answer, the answer text HTML-encoded; for matching, the item to
/// match, empty for an extra answer that matches no item).
/// </param>
/// <param name="Text">
/// The option as plain text; for short answer, the text matched against the answer; for numerical,
/// the answer as written (<c>3.14:0.01</c>, <c>1..5</c>, <c>*</c>).
/// </param>
/// <param name="Weight">
/// Share of the question's point this option earns when chosen, from -1 to 1; for matching, 1 for
/// an item to match and 0 for an extra answer.
/// </param>
/// <param name="FeedbackHtml">Feedback for this option, or null.</param>
public sealed record QuestionOption(string Html, string Text, decimal Weight, string? FeedbackHtml)
{
    /// <summary>True when choosing it earns credit.</summary>
    public bool IsCorrect => Weight > 0;

    /// <summary>For matching: the answer (plain text) this item is paired with; null for other kinds.</summary>
    public string? Match { get; init; }

    /// <summary>For numerical: the numbers this answer accepts; null for other kinds and for <c>*</c> (any number).</summary>
    public NumericAnswer? Number { get; init; }
}

/// <summary>The numbers a numerical answer accepts: <see cref="Value"/> give or take <see cref="Tolerance"/>.</summary>
public readonly record struct NumericAnswer(decimal Value, decimal Tolerance)
{
    /// <summary>The range <c>min..max</c> as Moodle stores it: its middle, give or take half its width.</summary>
    public static NumericAnswer Range(decimal min, decimal max) => new((min + max) / 2, (max - min) / 2);

    /// <summary>True when <paramref name="number"/> is within the tolerance, ends included.</summary>
    public bool Accepts(decimal number) => Math.Abs(number - Value) <= Tolerance;
}

/// <summary>How a question is answered and scored.</summary>
public enum QuestionKind
{
    /// <summary>One option is chosen; it earns its weight.</summary>
    SingleChoice,
    /// <summary>Several options may be chosen; the score is the sum of their weights, clamped to 0..1.</summary>
    MultipleChoice,
    /// <summary>True or false; the options are True then False.</summary>
    TrueFalse,
    /// <summary>A typed answer matched against accepted answers, ignoring case and surrounding spaces.</summary>
    ShortAnswer,
    /// <summary>A statement answered on a five-point agreement scale; never scored.</summary>
    Attitude,
    /// <summary>
    /// Each item (an option with <see cref="QuestionOption.Match"/>) is paired with one of the answers;
    /// the score is the share of items paired right.
    /// </summary>
    Matching,
    /// <summary>A typed number; it earns the best weight among the answers whose range holds it.</summary>
    Numerical,
}

/// <summary>Which end of the agreement scale an attitude item hopes for.</summary>
public enum AttitudeDirection
{
    /// <summary>Agreeing is the attitude the course aims at.</summary>
    Agree,
    /// <summary>Disagreeing is the attitude the course aims at.</summary>
    Disagree,
}

/// <summary>
/// Which test asks a question. A course whose questions are all <see cref="Both"/> has one bank, asked before and
/// after; a course with pre and post items has two parallel forms, compared by objective rather than by question.
/// </summary>
public enum QuestionForm
{
    /// <summary>Asked in the pre-test and the post-test.</summary>
    Both,
    /// <summary>Asked only in the pre-test.</summary>
    Pre,
    /// <summary>Asked only in the post-test.</summary>
    Post,
}
