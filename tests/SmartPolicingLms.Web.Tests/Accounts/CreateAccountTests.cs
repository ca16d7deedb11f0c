using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Accounts;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

public abstract class CreateAccountTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_administrator_creates_an_instructor_who_signs_in_with_the_code_and_chooses_a_password()
    {
        var institution = await People.CreateInstitutionAsync();
        var administrator = await AdministratorAsync();
        var email = $"new-instructor-{Guid.NewGuid():N}@example.org";

        var created = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/accounts/new"), "create-account",
            ("Input.Email", email), ("Input.DisplayName", "Kofi"), ("Input.Role", Roles.Instructor),
            ("Input.InstitutionId", institution.ToString()));
        var code = created.OneTimeCode;

        Assert.False(string.IsNullOrEmpty(code), created.Text);
        var account = await People.FindAsync(email);
        Assert.Equal(institution, account.InstitutionId);
        Assert.True(account.MustSetPassword);
        Assert.Equal([Roles.Instructor], await RolesOfAsync(account.Id));

        var instructor = NewVisitor();
        var choose = await instructor.SignInAsync(email, code);
        Assert.Equal("/first-sign-in", choose.Path);
        var password = People.NewPassword();
        await instructor.SubmitAndFollowAsync(choose, "choose-password", ("Input.NewPassword", password), ("Input.ConfirmPassword", password));

        Assert.Equal(Outcome.Ok, Outcomes.Of(await instructor.GetAsync("/catalogue")));
        Assert.Equal(Outcome.Denied, Outcomes.Of(await instructor.GetAsync("/admin/accounts")));
    }

    [SkippableFact]
    public async Task An_administrator_creates_a_program_officer_who_follows_several_institutions()
    {
        var first = await People.CreateInstitutionAsync();
        var second = await People.CreateInstitutionAsync(country: "KG", timeZone: "Asia/Bishkek");
        var administrator = await AdministratorAsync();
        var email = $"new-officer-{Guid.NewGuid():N}@example.org";

        await administrator.SubmitAsync(await administrator.OpenAsync("/admin/accounts/new"), "create-account",
            ("Input.Email", email), ("Input.DisplayName", "Aigerim"), ("Input.Role", Roles.ProgramOfficer),
            ("Input.InstitutionIds", first.ToString()), ("Input.InstitutionIds", second.ToString()));

        var account = await People.FindAsync(email);
        var followed = await Factory.WithDatabaseAsync(db =>
            db.ProgramOfficerInstitutions.Where(a => a.UserId == account.Id).Select(a => a.InstitutionId).OrderBy(i => i).ToListAsync());
        Assert.Equal(new[] { first, second }.Order(), followed);
        Assert.Null(account.InstitutionId);
    }

    [SkippableFact]
    public async Task An_instructor_without_an_institution_is_refused_with_the_reason_beside_the_field()
    {
        var administrator = await AdministratorAsync();
        var command = new CreateAccount.Command { Email = $"no-school-{Guid.NewGuid():N}@example.org", DisplayName = "Ama", Role = Roles.Instructor };
        var expected = new List<string>();
        await Factory.WithServicesAsync(services =>
        {
            expected.AddRange(services.GetRequiredService<FluentValidation.IValidator<CreateAccount.Command>>().Validate(command).Errors.Select(e => e.ErrorMessage));
            return Task.CompletedTask;
        });

        var page = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/accounts/new"), "create-account",
            ("Input.Email", command.Email), ("Input.DisplayName", command.DisplayName), ("Input.Role", command.Role),
            ("Input.InstitutionId", ""));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.MessagesBeside("Input.InstitutionId"));
        Assert.Null(page.OneTimeCode);
        Assert.False(await Factory.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == command.Email)));
    }

    [SkippableFact]
    public async Task A_second_account_with_the_same_email_is_refused()
    {
        var institution = await People.CreateInstitutionAsync();
        var existing = await People.CreateAsync(Roles.Recruit, institution);
        var administrator = await AdministratorAsync();

        var page = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/accounts/new"), "create-account",
            ("Input.Email", existing.Email), ("Input.DisplayName", "Someone else"), ("Input.Role", Roles.Recruit),
            ("Input.InstitutionId", institution.ToString()));

        Assert.NotEmpty(page.MessagesBeside("Input.Email"));
        Assert.Null(page.OneTimeCode);
        Assert.Equal(1, await Factory.WithDatabaseAsync(db => db.Users.CountAsync(u => u.Email == existing.Email)));
    }

    async Task<List<string>> RolesOfAsync(string userId)
    {
        var roles = new List<string>();
        await Factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            roles.AddRange(await users.GetRolesAsync((await users.FindByIdAsync(userId))!));
        });
        return roles;
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CreateAccountTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CreateAccountTests(factory), IClassFixture<PostgresLmsFactory>;
}
