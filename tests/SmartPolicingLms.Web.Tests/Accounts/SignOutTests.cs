using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

// A sign-in cookie copied from a shared or stolen browser must die with the session it came from, not 14 days later.
public abstract class SignOutTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_copied_cookie_works_until_sign_out_and_is_refused_right_after()
    {
        var (browser, _) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());
        var copy = browser.WithCopiedCookies(Factory);
        var beforeSignOut = Outcomes.Of(await copy.GetAsync("/catalogue"));

        await browser.SignOutAsync();

        Assert.Equal(Outcome.Ok, beforeSignOut);
        Assert.Equal(Outcome.SignIn, Outcomes.Of(await copy.GetAsync("/catalogue")));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : SignOutTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : SignOutTests(factory), IClassFixture<PostgresLmsFactory>;
}
