using System.Globalization;
using SmartPolicingLms.Web.Localization;

namespace SmartPolicingLms.Web.Tests.Harness;

// The app's own words for an interface text in a language, so a browser test looks for what a Russian or Kyrgyz
// reader is shown, and fails when a text has no translation rather than silently finding the English.
internal static class InterfaceWords
{
    public static string In<TStrings>(string language, string english)
    {
        using var _ = Speaking(language);
        var words = Localizers.For<TStrings>()[english];
        Assert.False(words.ResourceNotFound, $"\"{english}\" has no {language} text in {typeof(TStrings).Name}");
        return words.Value;
    }

    // The interface language of this thread for a while, as a request in that language would have it.
    public static IDisposable Speaking(string language)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        return new Restore(culture);
    }

    sealed class Restore(CultureInfo culture) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = culture;
    }
}
