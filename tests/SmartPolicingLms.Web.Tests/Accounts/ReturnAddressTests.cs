using System.Net;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

// A ReturnUrl is written by whoever made the link. After the right password, or on signing out, a hostile one leads
// to a page of this LMS, never to another site and never to an error page.
public abstract class ReturnAddressTests(LmsFactory factory) : LmsTest(factory)
{
    public static readonly TheoryData<string> Hostile =
    [
        "http://evil.example/", "https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
        "/evil.example", "javascript:alert(1)", "https:evil.example", "%2F%2Fevil.example", "/%0d%0aSet-Cookie:x=1",
        "/cohorts\r\nLocation: http://evil.example", " //evil.example",
    ];

    [SkippableTheory]
    [MemberData(nameof(Hostile))]
    public async Task Signing_in_with_a_hostile_return_address_lands_on_a_page_of_this_lms(string returnUrl)
    {
        var recruit = await People.CreateAsync(Roles.Recruit, await People.CreateInstitutionAsync());
        var visitor = new Visitor(Factory);
        var login = await visitor.OpenAsync("/Account/Login?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        var response = await visitor.SubmitAsync(login, "login", ("Input.Email", recruit.Email), ("Input.Password", recruit.Password));

        AssertStaysHere(response);
    }

    [SkippableTheory]
    [MemberData(nameof(Hostile))]
    public async Task Signing_out_with_a_hostile_return_address_lands_on_a_page_of_this_lms(string returnUrl)
    {
        var (browser, _) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());
        var home = await browser.OpenAsync("/");
        var antiforgery = home.Document.QuerySelector("form[action$='Account/Logout'] input[name='__RequestVerificationToken']")!
            .GetAttribute("value")!;

        var response = await browser.PostAsync("/Account/Logout",
            [new("__RequestVerificationToken", antiforgery), new("returnUrl", returnUrl)]);

        AssertStaysHere(response);
    }

    // Replayed or forged: refused as a bad request, where the error page once failed a second time and answered 500.
    [SkippableFact]
    public async Task A_sign_out_without_its_form_token_is_a_bad_request_not_an_error()
    {
        var (browser, _) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());

        var response = await browser.PostAsync("/Account/Logout", [new("returnUrl", "/evil.example")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    static void AssertStaysHere(HttpResponseMessage response)
    {
        Assert.True(Visitor.IsRedirect(response.StatusCode), $"Expected a redirect, got {(int)response.StatusCode}.");
        var target = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
        Assert.Equal(response.RequestMessage.RequestUri!.Authority, target.Authority);
        Assert.DoesNotContain(response.Headers, h => h.Key.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase)
            && h.Value.Any(v => v.StartsWith("x=", StringComparison.Ordinal)));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ReturnAddressTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ReturnAddressTests(factory), IClassFixture<PostgresLmsFactory>;
}
