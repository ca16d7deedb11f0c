using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace SmartPolicingLms.Web.Localization;

// Which language a request is answered in, first match wins: the person's own setting on their account, the language
// switch's cookie (people not signed in), their institution's default language, and the browser's Accept-Language.
// Anything else gets English. Culture decides words, dates, numbers and decimal separators; times stay in the
// institution's time zone whatever the language.
internal static class LanguageChoice
{
    public const string CookieName = ".SmartPolicingLms.Language";

    public static IServiceCollection AddLmsLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        // Cyrillic written as itself, not as &#x...; entities: a Russian page stays a sixth of the size and readable
        // in view-source. Markup-significant characters are still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(
            UnicodeRanges.BasicLatin, UnicodeRanges.Latin1Supplement, UnicodeRanges.GeneralPunctuation,
            UnicodeRanges.Cyrillic, UnicodeRanges.CyrillicSupplement));
        services.AddSingleton<IConfigureOptions<RequestLocalizationOptions>, ConfigureLanguageChoice>();
        return services;
    }

    // After CurrentPersonMiddleware, which reads the account's and the institution's language.
    public static IApplicationBuilder UseLmsLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    sealed class ConfigureLanguageChoice : IConfigureOptions<RequestLocalizationOptions>
    {
        public void Configure(RequestLocalizationOptions options)
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = [.. Languages.Cultures];
            options.SupportedUICultures = [.. Languages.Cultures];
            // "ru-RU" and "ky-KG" from a browser are Russian and Kyrgyz.
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new PersonLanguage(p => p.Language),
                new CookieRequestCultureProvider { CookieName = CookieName },
                new PersonLanguage(p => p.InstitutionLanguage),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        }
    }

    // A language read from the signed-in person (their own, or their institution's default).
    sealed class PersonLanguage(Func<CurrentPerson, string?> read) : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var person = httpContext.RequestServices.GetService<CurrentPerson>();
            var language = person is { IsSignedIn: true } ? Languages.Supported(read(person)) : null;
            return Task.FromResult(language is null ? null : new ProviderCultureResult(language));
        }
    }
}
