namespace SmartPolicingLms.Web.Text;

// How an edition of a course is named to people: its language, and whether a native speaker has yet to review it.
internal static class EditionText
{
    public const string AwaitingReview = "awaiting review by a native speaker";

    public const string NotOfVersion = "Choose one of this version's editions.";

    public const string FixedOnceOutOfDraft = "The edition can change only while the cohort is a draft.";

    // English names of the languages courses are written in; another tag is shown as it is.
    public static string Language(string tag) => tag switch
    {
        "en" => "English",
        "ru" => "Russian",
        "ky" => "Kyrgyz",
        _ => tag,
    };

    public static string Named(string language, bool awaitingReview) =>
        $"{Language(language)} ({language})" + (awaitingReview ? $", {AwaitingReview}" : "");

    // The line instructors read beside a cohort's course words.
    public static string CohortReads(string language) => $"This cohort reads the {Language(language)} ({language}) edition.";
}

// One edition a version offers, as a choice or a line of the catalogue.
internal sealed record EditionChoice(string Language, bool AwaitingReview)
{
    public const string NotOfVersion = EditionText.NotOfVersion;

    public string Name => EditionText.Named(Language, AwaitingReview);
}
