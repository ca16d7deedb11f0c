using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Accounts;
using SmartPolicingLms.Web.Security;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

// A newcomer's first run: the README sends them to the one-time code on the console or in the data folder.
public abstract class FirstAdministratorTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_first_administrator_signs_in_with_the_one_time_code_and_must_choose_a_password_first()
    {
        var email = Factory.Settings.BootstrapAdminEmail;
        var code = Factory.FirstAdministratorCode();
        Assert.NotNull(code);
        Assert.Contains(Factory.Logs.Messages(), m => m.Contains(code) && m.Contains(email));
        var administrator = NewVisitor();

        var landing = await administrator.SignInAsync(email, code);
        Assert.Equal("/first-sign-in", landing.Path);
        Assert.Equal(Outcome.ChoosePassword, Outcomes.Of(await administrator.GetAsync("/admin/institutions")));

        var refused = await administrator.SubmitAndFollowAsync(landing, "choose-password",
            ("Input.NewPassword", code), ("Input.ConfirmPassword", code));
        Assert.Equal("/first-sign-in", refused.Path);
        Assert.NotEmpty(refused.MessagesBeside("Input.NewPassword"));

        var password = People.NewPassword();
        var home = await administrator.SubmitAndFollowAsync(refused, "choose-password",
            ("Input.NewPassword", password), ("Input.ConfirmPassword", password));
        Assert.Equal("/", home.Path);
        Assert.Equal(Outcome.Ok, Outcomes.Of(await administrator.GetAsync("/admin/institutions")));

        Assert.False((await People.FindAsync(email)).MustSetPassword);
        Assert.Null(Factory.FirstAdministratorCode());
        Assert.False(Visitor.IsRedirect((await NewVisitor().TrySignInAsync(email, code)).StatusCode), "the code still signs in");
        Assert.Equal("/", (await NewVisitor().SignInAsync(email, password)).Path);
    }

    [SkippableFact]
    public async Task Every_installation_gets_its_own_long_code_readable_only_by_the_server_account()
    {
        await using var one = Factory.NewInstallation();
        await using var another = Factory.NewInstallation();
        one.ImportCoursesOnStart = another.ImportCoursesOnStart = false;

        var code = one.FirstAdministratorCode();

        Assert.NotNull(code);
        Assert.NotEqual(code, another.FirstAdministratorCode());
        Assert.True(code.Count(char.IsAsciiLetterOrDigit) >= 20, $"'{code}' is too short to resist guessing");
        Assert.True(code.All(c => c == '-' || SignInCodes.Alphabet.Contains(c)), $"'{code}' is not of the one kind every one-time code is");
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite,
                File.GetUnixFileMode(Path.Combine(one.DataFolder, FirstAdministrator.CodeFileName)));
    }

    [SkippableFact]
    public async Task A_restart_creates_no_second_administrator_and_no_new_code()
    {
        Factory.Start();
        var file = Path.Combine(Factory.DataFolder, FirstAdministrator.CodeFileName);
        var codeBefore = File.Exists(file) ? await File.ReadAllTextAsync(file) : null;

        await using var restarted = Factory.NewInstanceOnSameDatabase();
        restarted.Start();

        Assert.Equal(codeBefore, File.Exists(file) ? await File.ReadAllTextAsync(file) : null);
        Assert.DoesNotContain(restarted.Logs.Messages(), m => m.Contains("First administrator created"));
        await restarted.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var administrator = Assert.Single(await users.GetUsersInRoleAsync(Roles.Administrator));
            Assert.Equal(Factory.Settings.BootstrapAdminEmail, administrator.Email);
        });
    }

    [SkippableFact]
    public async Task A_first_code_that_expired_unused_is_replaced_at_the_next_start()
    {
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        var expired = installation.FirstAdministratorCode()!;
        await installation.WithDatabaseAsync(db => db.SignInCodes
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, installation.Now.AddMinutes(-1))));

        await using var restarted = installation.NewInstanceOnSameDatabase();
        restarted.ImportCoursesOnStart = false;
        var renewed = restarted.FirstAdministratorCode()!;
        var email = installation.Settings.BootstrapAdminEmail;

        Assert.NotEqual(expired, renewed);
        Assert.Contains(restarted.Logs.Messages(), m => m.Contains(renewed) && m.Contains(email));
        Assert.Equal("/first-sign-in", (await new Visitor(restarted).SignInAsync(email, renewed)).Path);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : FirstAdministratorTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : FirstAdministratorTests(factory), IClassFixture<PostgresLmsFactory>;
}
