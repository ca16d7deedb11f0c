using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

// Wrong passwords no longer lock an account (SignInThrottling's tests); wrong two-factor codes, typed by someone who
// knew the password, still do, and an administrator can lift such a lock.
public abstract class LockoutTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_administrator_sees_the_lock_and_unlocks_the_account()
    {
        var institution = await People.CreateInstitutionAsync();
        var instructor = await People.CreateAsync(Roles.Instructor, institution);
        await LockAsync(instructor);
        var administrator = await AdministratorAsync();
        var locked = await NewVisitor().TrySignInAsync(instructor.Email, instructor.Password);

        var account = await administrator.OpenAsync($"/admin/accounts/{instructor.Id}");
        Assert.Contains("Locked out", account.Text);
        var unlocked = await administrator.SubmitAndFollowAsync(account, "unlock");

        Assert.Equal("/Account/Lockout", Visitor.RedirectPath(locked));
        Assert.DoesNotContain("Locked out", unlocked.Text);
        Assert.Null(unlocked.Form("unlock"));
        Assert.Equal("/", (await NewVisitor().SignInAsync(instructor)).Path);
    }

    [SkippableFact]
    public async Task A_locked_account_answers_a_wrong_password_as_an_unknown_name_does()
    {
        var instructor = await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        await LockAsync(instructor);

        var wrong = await NewVisitor().TrySignInAsync(instructor.Email, instructor.Password + "-wrong");
        var unknown = await NewVisitor().TrySignInAsync("nobody-here@example.org", instructor.Password + "-wrong");

        Assert.Null(Visitor.RedirectPath(wrong));
        Assert.Equal(unknown.StatusCode, wrong.StatusCode);
        Assert.Contains("Invalid login attempt", (await new Visitor(Factory).FollowAsync(wrong)).Text);
    }

    // As wrong two-factor codes leave an account.
    Task LockAsync(Person person) => Factory.WithServicesAsync(async services =>
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        await users.SetLockoutEndDateAsync((await users.FindByIdAsync(person.Id))!, Factory.Clock.GetUtcNow().AddMinutes(15));
    });

    public sealed class OnSqlite(SqliteLmsFactory factory) : LockoutTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : LockoutTests(factory), IClassFixture<PostgresLmsFactory>;
}
