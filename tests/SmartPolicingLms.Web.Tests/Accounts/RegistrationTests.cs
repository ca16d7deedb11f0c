using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

// Accounts are created by administrators; nobody can give themselves one.
public abstract class RegistrationTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_registration_page_offers_no_form()
    {
        var page = await NewVisitor().OpenAsync("/Account/Register");

        // The header's language switch is the only form: nothing to register with.
        Assert.Empty(page.Document.QuerySelectorAll("form:not(.language-switch)"));
        Assert.Empty(page.Document.QuerySelectorAll("input[type=password]"));
    }

    [SkippableFact]
    public async Task Posting_a_registration_anyway_creates_no_account()
    {
        var visitor = NewVisitor();
        var login = await visitor.OpenAsync("/Account/Login");
        var token = login.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var email = $"self-registered-{Guid.NewGuid():N}@example.org";
        var password = People.NewPassword();

        // What the template's registration form posted.
        await visitor.PostAsync("/Account/Register", [
            KeyValuePair.Create("__RequestVerificationToken", token),
            KeyValuePair.Create("_handler", "register"),
            KeyValuePair.Create("Input.Email", email),
            KeyValuePair.Create("Input.Password", password),
            KeyValuePair.Create("Input.ConfirmPassword", password),
        ]);

        Assert.False(await Factory.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [SkippableFact]
    public async Task The_sign_in_page_does_not_point_to_registration()
    {
        var page = await NewVisitor().OpenAsync("/Account/Login");

        Assert.DoesNotContain(page.Links, link => link.Contains("Register", StringComparison.OrdinalIgnoreCase));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RegistrationTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RegistrationTests(factory), IClassFixture<PostgresLmsFactory>;
}
