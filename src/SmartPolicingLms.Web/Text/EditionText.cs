namespace SmartPolicingLms.Web.Text;

// How a course edition (the course in another language) is named to people, in the reader's language.
internal static class EditionText
{
    static readonly IStringLocalizer T = Localizers.For<TextStrings>();

    public static string AwaitingReview => T["awaiting review by a native speaker"];

    public static string NotOfVersion => T["Choose one of this version's editions."];

    public static string FixedOnceOutOfDraft => T["The edition can change only while the cohort is a draft."];

    // The names of the languages courses are written in; another tag is shown as it is.
    public static string Language(string tag) => tag switch
    {
        "en" => T["English"],
        "ru" => T["Russian"],
        "ky" => T["Kyrgyz"],
        _ => tag,
    };

    public static string Named(string language, bool awaitingReview) => awaitingReview
        ? T["{0} ({1}), awaiting review by a native speaker", Language(language), language]
        : T["{0} ({1})", Language(language), language];

    // The line instructors read beside a cohort's course words.
    public static string CohortReads(string language, bool awaitingReview = false) => awaitingReview
        ? T["This cohort reads the {0} ({1}) edition. It is awaiting review by a native speaker.", Language(language), language]
        : T["This cohort reads the {0} ({1}) edition.", Language(language), language];
}

// One edition a version offers, as a choice or a line of the catalogue.
internal sealed record EditionChoice(string Language, bool AwaitingReview)
{
    public static string NotOfVersion => EditionText.NotOfVersion;

    public string Name => EditionText.Named(Language, AwaitingReview);
}
