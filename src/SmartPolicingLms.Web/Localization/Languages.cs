using System.Globalization;

namespace SmartPolicingLms.Web.Localization;

// The interface's languages. English is the reference every resource is written in first; Russian and Kyrgyz are
// what the Kyrgyz Police Academy teaches in. A language joins by being added here and by a .ru/.ky-like resx
// beside every neutral one (ResourceFilesTests says which are missing).
internal static class Languages
{
    public const string English = "en";
    public const string Russian = "ru";
    public const string Kyrgyz = "ky";

    public static readonly IReadOnlyList<string> All = [English, Russian, Kyrgyz];

    public static readonly IReadOnlyList<CultureInfo> Cultures = [.. All.Select(CultureInfo.GetCultureInfo)];

    // The tag a stored or posted value stands for, or null when it is not one of the interface's languages
    // ("ru-KG" and "RU" are Russian).
    public static string? Supported(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag)) return null;
        var language = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return All.Contains(language) ? language : null;
    }

    // Each language's name in itself, as a language switch shows it: a reader finds their own language whatever
    // language the page is in.
    public static string OwnName(string tag) => tag switch
    {
        Russian => "Русский",
        Kyrgyz => "Кыргызча",
        _ => "English",
    };
}
