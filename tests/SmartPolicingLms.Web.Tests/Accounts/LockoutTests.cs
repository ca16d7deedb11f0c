using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

public abstract class LockoutTests(LmsFactory factory) : LmsTest(factory)
{
    int MaxFailedAttempts => Factory.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.Lockout.MaxFailedAccessAttempts;

    [SkippableFact]
    public async Task Repeated_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var institution = await People.CreateInstitutionAsync();
        var recruit = await People.CreateAsync(Roles.Recruit, institution);

        await FailToSignInAsync(recruit, MaxFailedAttempts);
        var response = await NewVisitor().TrySignInAsync(recruit.Email, recruit.Password);

        Assert.Equal("/Account/Lockout", Visitor.RedirectPath(response));
    }

    [SkippableFact]
    public async Task Fewer_wrong_passwords_than_the_limit_do_not_lock_the_account()
    {
        var institution = await People.CreateInstitutionAsync();
        var recruit = await People.CreateAsync(Roles.Recruit, institution);

        await FailToSignInAsync(recruit, MaxFailedAttempts - 1);

        Assert.Equal("/", (await NewVisitor().SignInAsync(recruit)).Path);
    }

    [SkippableFact]
    public async Task An_administrator_sees_the_lock_and_unlocks_the_account()
    {
        var institution = await People.CreateInstitutionAsync();
        var instructor = await People.CreateAsync(Roles.Instructor, institution);
        await FailToSignInAsync(instructor, MaxFailedAttempts);
        var administrator = await AdministratorAsync();

        var account = await administrator.OpenAsync($"/admin/accounts/{instructor.Id}");
        Assert.Contains("Locked out", account.Text);
        var unlocked = await administrator.SubmitAndFollowAsync(account, "unlock");

        Assert.DoesNotContain("Locked out", unlocked.Text);
        Assert.Null(unlocked.Form("unlock"));
        Assert.Equal("/", (await NewVisitor().SignInAsync(instructor)).Path);
    }

    async Task FailToSignInAsync(Person person, int times)
    {
        for (var attempt = 0; attempt < times; attempt++)
            await NewVisitor().TrySignInAsync(person.Email, person.Password + "-wrong");
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : LockoutTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : LockoutTests(factory), IClassFixture<PostgresLmsFactory>;
}
