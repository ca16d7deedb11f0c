using System.Net;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.SignInThrottling;

public abstract class PasswordThrottlingTests(LmsFactory factory) : LmsTest(factory)
{
    const string Unknown = "nobody-here@example.org";

    [SkippableFact]
    public async Task An_attackers_wrong_passwords_do_not_stop_the_owner_signing_in_from_elsewhere()
    {
        var owner = await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        var attacker = NewVisitor();

        await FailAsync(attacker, owner.Email, SignInLimits.FreeFailures + 3);
        var attackerWithTheRightPassword = await attacker.FollowAsync(await attacker.TrySignInAsync(owner.Email, owner.Password));
        var home = await NewVisitor().SignInAsync(owner);

        Assert.Contains("Too many failed tries with this name from your network", attackerWithTheRightPassword.Text);
        Assert.Equal("/", home.Path);
    }

    [SkippableFact]
    public async Task The_owner_may_sign_in_from_the_attackers_network_with_another_name_in_use()
    {
        var owner = await People.CreateAsync(Roles.Recruit, await People.CreateInstitutionAsync());
        var classmate = await People.CreateAsync(Roles.Recruit, owner.InstitutionId);
        var attacker = NewVisitor();

        await FailAsync(attacker, classmate.Email, SignInLimits.FreeFailures + 1);
        var home = await new Visitor(Factory, attacker.Address).SignInAsync(owner);

        Assert.Equal("/learn", home.Path);
    }

    [SkippableFact]
    public async Task An_unknown_name_and_a_real_account_get_the_same_pages_however_often_they_fail()
    {
        var real = await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        var (atReal, atUnknown) = (NewVisitor(), NewVisitor());

        for (var attempt = 0; attempt <= SignInLimits.FreeFailures + 1; attempt++)
        {
            var forReal = await atReal.TrySignInAsync(real.Email, real.Password + "-wrong");
            var forUnknown = await atUnknown.TrySignInAsync(Unknown, real.Password + "-wrong");

            Assert.Equal(forUnknown.StatusCode, forReal.StatusCode);
            Assert.Null(Visitor.RedirectPath(forReal));
            Assert.Equal(Message(await atUnknown.FollowAsync(forUnknown)), Message(await atReal.FollowAsync(forReal)));
        }
    }

    [SkippableFact]
    public async Task A_burst_of_sign_in_posts_from_one_address_is_refused_with_a_readable_page()
    {
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        var browser = new Visitor(installation);
        var empty = new Dictionary<string, string> { ["Input.Email"] = "someone" };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < SignInLimits.PostsPerAddressPerMinute; i++)
            statuses.Add((await browser.PostAsync(i % 2 == 0 ? "/Account/Login" : "/code", empty)).StatusCode);
        var refused = await browser.PostAsync("/Account/Login", empty);
        var refusedCode = await browser.PostAsync("/code", empty);
        var form = await browser.GetAsync("/Account/Login");
        var elsewhere = await new Visitor(installation).PostAsync("/Account/Login", empty);

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedCode.StatusCode);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync());
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, elsewhere.StatusCode);
    }

    static string Message(HtmlPage page) =>
        HtmlPage.Normalize(page.Document.QuerySelector(".alert")?.TextContent) is { Length: > 0 } shown
            ? shown
            : throw new InvalidOperationException($"No message on {page.Url}: {page.Text}");

    static async Task FailAsync(Visitor visitor, string name, int times)
    {
        for (var attempt = 0; attempt < times; attempt++)
            await visitor.TrySignInAsync(name, "Wrong-password-123");
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : PasswordThrottlingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : PasswordThrottlingTests(factory), IClassFixture<PostgresLmsFactory>;
}
