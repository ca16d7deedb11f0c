namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>
/// The words a true/false question may be answered with: English always, and those of the course's language
/// (course.md <c>language:</c>), so a Russian or Kyrgyz bank can be written as its authors speak.
/// </summary>
internal static class TrueFalseWords
{
    sealed record Words(string[] True, string[] False);

    static readonly Words English = new(["True"], ["False"]);

    static readonly Dictionary<string, Words> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ru"] = new(["Верно", "Правильно", "Правда", "Да"], ["Неверно", "Не верно", "Неправильно", "Ложь", "Нет"]),
        ["ky"] = new(["Туура", "Ооба"], ["Туура эмес", "Жок"]),
    };

    /// <summary>True or false for a word of English or of the language (case and spacing ignored), else null.</summary>
    public static bool? Read(string text, string? language)
    {
        var word = string.Join(' ', text.Split(' ', '\t', '\u00A0').Where(w => w.Length > 0));
        foreach (var words in Of(language))
        {
            if (words.True.Contains(word, StringComparer.OrdinalIgnoreCase)) return true;
            if (words.False.Contains(word, StringComparer.OrdinalIgnoreCase)) return false;
        }
        return null;
    }

    /// <summary>The words as a message lists them: <c>'True' or 'Верно' ... and 'False' or 'Неверно' ...</c>.</summary>
    public static string Describe(string? language)
    {
        var all = Of(language).ToList();
        return $"{Quoted(all.SelectMany(w => w.True))} and {Quoted(all.SelectMany(w => w.False))}";
    }

    /// <summary>The words a GIFT true/false question's two options show: the language's first pair, or True and False.</summary>
    public static (string True, string False) Labels(string? language) =>
        Own(language) is { } words ? (words.True[0], words.False[0]) : ("True", "False");

    static IEnumerable<Words> Of(string? language) => Own(language) is { } words ? [English, words] : [English];

    // "ru-KG" speaks Russian: only the primary language subtag counts.
    static Words? Own(string? language) =>
        language is null ? null : ByLanguage.GetValueOrDefault(language.Split('-', '_')[0]);

    static string Quoted(IEnumerable<string> words) => string.Join(" or ", words.Select(w => $"'{w}'"));
}
