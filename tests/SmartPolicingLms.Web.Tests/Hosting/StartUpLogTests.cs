using Microsoft.Extensions.Logging;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Hosting;

// What an operator reads on a normal first start is what they must act on: the first administrator's code and, in
// Production without a certificate, that the keys are unprotected. Nothing from the framework about migrations,
// key encryption or a stale browser cookie.
public abstract class StartUpLogTests(LmsFactory factory) : LmsTest(factory)
{
    // The two warnings a first start in Production without a certificate gives on purpose.
    static readonly string[] Expected =
    [
        "SmartPolicingLms.Web.Features.Accounts.FirstAdministrator",
        "SmartPolicingLms.Web.Hosting.KeyProtection.UnprotectedKeysWarning",
    ];

    [SkippableFact]
    public async Task A_first_start_warns_only_about_the_first_administrators_code_and_the_unprotected_keys()
    {
        await using var installation = Factory.NewInstallation();
        // A first start makes its own data folder.
        Directory.Delete(installation.DataFolder);

        installation.Start();

        var warnings = installation.Logs.Entries(LogLevel.Warning).ToList();
        Assert.True(warnings.All(w => Expected.Contains(w.Category)),
            "Unexpected at start-up: " + string.Join("\n", warnings.Where(w => !Expected.Contains(w.Category)).Select(w => $"{w.Category}: {w.Message}")));
        Assert.Equal(Expected.Order(), warnings.Select(w => w.Category).Distinct().Order());
    }

    // A browser keeps the antiforgery cookie of an installation it visited before (another data folder, a reinstall);
    // this one cannot read it, issues a new one and the form works, so there is nothing to log.
    [SkippableFact]
    public async Task A_form_page_opened_with_another_installations_antiforgery_cookie_logs_nothing_and_works()
    {
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        var client = installation.CreateClient();
        var first = await client.GetAsync("/Account/Login");
        var cookieName = first.Headers.GetValues("Set-Cookie").Select(c => c.Split('=')[0])
            .Single(n => n.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        var before = installation.Logs.Entries(LogLevel.Warning).Count();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("Cookie", $"{cookieName}=CfDJ8FromAnotherInstallation-not-readable-here");
        var response = await installation.CreateClient(new() { HandleCookies = false }).SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(cookieName + "=", StringComparison.Ordinal));
        Assert.Equal(before, installation.Logs.Entries(LogLevel.Warning).Count());
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : StartUpLogTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : StartUpLogTests(factory), IClassFixture<PostgresLmsFactory>;
}
