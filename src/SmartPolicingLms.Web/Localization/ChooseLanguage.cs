using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Localization;

// The header's language switch posts here. A signed-in person's choice is saved on their account (it follows them to
// any computer); everyone also gets the cookie, so the sign-in page keeps the language after signing out.
internal static class ChooseLanguage
{
    public const string Path = "/language";

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        // Anyone may post it, so it shares the sign-in forms' allowance per client address.
        endpoints.MapPost(Path, HandleAsync).AllowAnonymous().RequireRateLimiting(SignInLimits.Policy);
        return endpoints;
    }

    // Bound from the form, so the antiforgery middleware checks the token: another site cannot change a person's language.
    static async Task<IResult> HandleAsync([FromForm] string? language, [FromForm] string? returnUrl,
        HttpContext context, CurrentPerson person, AppDbContext db, TimeProvider clock)
    {
        var back = LocalReturnPath(returnUrl);
        language = Languages.Supported(language);
        if (language is null)
            return Results.Redirect(back);

        context.Response.Cookies.Append(LanguageChoice.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                Expires = clock.GetUtcNow().AddYears(1),
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
        if (person.IsSignedIn)
            await db.Users.Where(u => u.Id == person.UserId)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, language), context.RequestAborted);
        return Results.Redirect(back);
    }

    // Only a path on this site ("/cohorts/3"), never another host: the switch must not become an open redirect.
    static string LocalReturnPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            ? url
            : "/";
}
