using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Localization;

// The order a page's language is chosen in: the person's own setting, the switch's cookie, the institution's default,
// the browser's Accept-Language, then English.
public abstract class LanguageChoiceTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("ru-RU,ru;q=0.9,en;q=0.8", "ru", "Войти")]
    [InlineData("ky-KG", "ky", "Кирүү")]
    [InlineData("fr-FR, ky;q=0.5", "ky", "Кирүү")]
    [InlineData("fr-FR", "en", "Sign in")]
    public async Task A_browser_s_language_is_used_when_nothing_else_decides(string acceptLanguage, string lang, string signIn)
    {
        var page = await NewVisitor().Speaking(acceptLanguage).OpenAsync("/");

        Assert.Equal(lang, Lang(page));
        Assert.Contains(signIn, page.Text);
    }

    [SkippableFact]
    public async Task The_switch_s_cookie_outranks_the_browser_and_keeps_the_page_the_person_was_on()
    {
        var visitor = NewVisitor().Speaking("ru");
        var home = await visitor.OpenAsync("/");

        var response = await visitor.SubmitAsync(home, "language", ("language", "ky"), ("returnUrl", "/catalogue"));
        var after = await visitor.OpenAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/catalogue", response.Headers.Location?.OriginalString);
        Assert.Equal("ky", Lang(after));
        Assert.Contains("Кирүү", after.Text);
    }

    [SkippableFact]
    public async Task The_institution_s_default_outranks_the_browser_for_its_people()
    {
        var institutionId = await RussianSpeakingInstitutionAsync();
        var (instructor, _) = await SignedInAsync(Roles.Instructor, institutionId);
        var (administrator, _) = await SignedInAsync(Roles.Administrator);

        var instructorsPage = await instructor.Speaking("en").OpenAsync("/");
        var administratorsPage = await administrator.Speaking("en").OpenAsync("/");

        Assert.Equal("ru", Lang(instructorsPage));
        Assert.Equal("en", Lang(administratorsPage));
    }

    [SkippableFact]
    public async Task A_signed_in_person_s_choice_is_saved_on_their_account_and_follows_them_to_another_browser()
    {
        var institutionId = await RussianSpeakingInstitutionAsync();
        var (recruit, person) = await SignedInAsync(Roles.Recruit, institutionId);
        await recruit.SubmitAsync(await recruit.OpenAsync("/"), "language", ("language", "ky"), ("returnUrl", "/"));

        // Another computer, whose browser asks for English and has a cookie saying Russian.
        var elsewhere = NewVisitor().Speaking("en");
        await elsewhere.SubmitAsync(await elsewhere.OpenAsync("/"), "language", ("language", "ru"), ("returnUrl", "/"));
        await elsewhere.SignInAsync(person);
        var page = await elsewhere.OpenAsync("/");

        Assert.Equal("ky", (await People.FindAsync(person.Email)).Language);
        Assert.Equal("ky", Lang(page));
    }

    [SkippableTheory]
    [InlineData("//evil.example/phish")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_switch_never_sends_anyone_to_another_site(string returnUrl)
    {
        var visitor = NewVisitor();

        var response = await visitor.SubmitAsync(await visitor.OpenAsync("/"), "language", ("language", "ru"), ("returnUrl", returnUrl));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [SkippableFact]
    public async Task A_language_the_interface_does_not_have_changes_nothing()
    {
        var visitor = NewVisitor().Speaking("ru");

        await visitor.SubmitAsync(await visitor.OpenAsync("/"), "language", ("language", "de"), ("returnUrl", "/"));

        Assert.DoesNotContain(visitor.Cookies, c => c.Name == LanguageChoice.CookieName);
        Assert.Equal("ru", Lang(await visitor.OpenAsync("/")));
    }

    [SkippableFact]
    public async Task A_post_without_the_page_s_antiforgery_token_is_refused()
    {
        var visitor = NewVisitor();

        var response = await visitor.PostAsync(ChooseLanguage.Path, [new("language", "ru"), new("returnUrl", "/")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(visitor.Cookies, c => c.Name == LanguageChoice.CookieName);
    }

    async Task<int> RussianSpeakingInstitutionAsync()
    {
        var institutionId = await People.CreateInstitutionAsync(country: "KG", timeZone: "Asia/Bishkek");
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Institutions.SingleAsync(i => i.Id == institutionId)).SetDefaultLanguage(Languages.Russian, Factory.Now);
            return await db.SaveChangesAsync();
        });
        return institutionId;
    }

    static string? Lang(HtmlPage page) => page.Document.DocumentElement.GetAttribute("lang");

    public sealed class OnSqlite(SqliteLmsFactory factory) : LanguageChoiceTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : LanguageChoiceTests(factory), IClassFixture<PostgresLmsFactory>;
}
