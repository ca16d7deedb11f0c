using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

// For a forgotten password or a misused account: the administrator hands out a new one-time code.
public abstract class ResetSignInTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task After_a_reset_only_the_new_code_signs_in_and_it_must_be_replaced()
    {
        var institution = await People.CreateInstitutionAsync();
        var recruit = await People.CreateAsync(Roles.Recruit, institution);
        var administrator = await AdministratorAsync();

        var account = await administrator.OpenAsync($"/admin/accounts/{recruit.Id}");
        var reset = await administrator.SubmitAndFollowAsync(account, "reset-sign-in");
        var code = reset.OneTimeCode;

        Assert.False(string.IsNullOrEmpty(code));
        Assert.Contains("Has not chosen a password", reset.Text);
        Assert.False(Visitor.IsRedirect((await NewVisitor().TrySignInAsync(recruit.Email, recruit.Password)).StatusCode),
            "the old password still signs in");
        Assert.Equal("/first-sign-in", (await NewVisitor().SignInAsync(recruit.Email, code)).Path);
    }

    [SkippableFact]
    public async Task A_reset_ends_the_sessions_already_open_at_the_next_security_check()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        installation.Clock = clock;
        var people = new People(installation);
        var recruit = await people.CreateAsync(Roles.Recruit, await people.CreateInstitutionAsync());
        var administrator = new Visitor(installation);
        await administrator.SignInAsync(await people.CreateAsync(Roles.Administrator));
        var openSession = new Visitor(installation);
        await openSession.SignInAsync(recruit);
        Assert.Equal(Outcome.Ok, Outcomes.Of(await openSession.GetAsync("/catalogue")));

        await administrator.SubmitAsync(await administrator.OpenAsync($"/admin/accounts/{recruit.Id}"), "reset-sign-in");
        clock.Advance(installation.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value.ValidationInterval
            + TimeSpan.FromSeconds(1));

        Assert.Equal(Outcome.SignIn, Outcomes.Of(await openSession.GetAsync("/catalogue")));
        Assert.Equal(Outcome.Ok, Outcomes.Of(await administrator.GetAsync("/admin/accounts")));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ResetSignInTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ResetSignInTests(factory), IClassFixture<PostgresLmsFactory>;
}
