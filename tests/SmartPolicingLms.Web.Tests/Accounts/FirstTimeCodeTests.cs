using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Enrolment;
using SmartPolicingLms.Web.Security;
using SmartPolicingLms.Web.Tests.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

// One kind of one-time code for everybody: whoever made it, it is typed loosely on the first-time code page or in
// the password box, and leads to choosing a password.
public abstract partial class FirstTimeCodeTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_instructors_code_from_an_administrator_typed_in_small_letters_without_hyphens_signs_in_on_the_code_page()
    {
        var (email, code) = await InstructorCreatedByAnAdministratorAsync();
        var instructor = NewVisitor();

        var response = await EnrolmentWorld.SignInWithCodeAsync(instructor, email, code.Replace("-", "").ToLowerInvariant());
        var choose = await instructor.FollowAsync(response);
        var password = People.NewPassword();
        var home = await instructor.SubmitAndFollowAsync(choose, "choose-password", ("Input.NewPassword", password), ("Input.ConfirmPassword", password));

        Assert.Matches(CodeShape(), code);
        Assert.Equal("/first-sign-in", Visitor.RedirectPath(response));
        Assert.Equal("/", home.Path);
        Assert.False((await People.FindAsync(email)).MustSetPassword);
        Assert.Equal("/", (await NewVisitor().SignInAsync(email, password)).Path);
    }

    [SkippableFact]
    public async Task An_instructors_code_typed_loosely_in_the_password_box_leads_to_choosing_a_password()
    {
        var (email, code) = await InstructorCreatedByAnAdministratorAsync();
        var instructor = NewVisitor();

        var choose = await instructor.SignInAsync(email, code.Replace("-", " ").ToLowerInvariant());
        var password = People.NewPassword();
        var home = await instructor.SubmitAndFollowAsync(choose, "choose-password", ("Input.NewPassword", password), ("Input.ConfirmPassword", password));

        Assert.Equal("/first-sign-in", choose.Path);
        Assert.Equal("/", home.Path);
        Assert.False(Visitor.IsRedirect((await NewVisitor().TrySignInAsync(email, code)).StatusCode), "the code signs in twice");
    }

    [SkippableFact]
    public async Task A_recruits_code_from_the_sheet_signs_in_in_the_password_box()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var sn = $"SN-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var code = EnrolmentWorld.Slips(await world.ImportAsync($"name,service number\nAma Mensah,{sn}\n")).Single().Code!;
        var recruit = await world.UserAsync(sn);

        var choose = await NewVisitor().SignInAsync(recruit.UserName!, code.ToLowerInvariant());

        Assert.Matches(CodeShape(), code);
        Assert.Equal("/first-sign-in", choose.Path);
        Assert.False(await Factory.WithDatabaseAsync(db => db.SignInCodes.AnyAsync(c => c.UserId == recruit.Id)), "the code can be used again");
    }

    [SkippableFact]
    public async Task The_first_administrators_code_signs_in_on_the_code_page()
    {
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        var code = installation.FirstAdministratorCode()!;
        var visitor = new Visitor(installation);

        var response = await EnrolmentWorld.SignInWithCodeAsync(visitor, installation.Settings.BootstrapAdminEmail, code.Replace("-", "").ToLowerInvariant());

        Assert.Matches(CodeShape(), code);
        Assert.Equal("/first-sign-in", Visitor.RedirectPath(response));
    }

    [SkippableFact]
    public async Task Wrong_used_and_expired_codes_are_refused_as_invalid_on_the_code_page_and_in_the_password_box()
    {
        var (email, code) = await InstructorCreatedByAnAdministratorAsync();
        var (expiredEmail, expiredCode) = await InstructorCreatedByAnAdministratorAsync();
        var expiredId = (await People.FindAsync(expiredEmail)).Id;
        await Factory.WithDatabaseAsync(db => db.SignInCodes.Where(c => c.UserId == expiredId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, Factory.Now.AddMinutes(-1))));

        var wrong = await CodePageAsync(email, SignInCodes.NewCode());
        var expired = await CodePageAsync(expiredEmail, expiredCode);
        var expiredInTheBox = await NewVisitor().FollowAsync(await NewVisitor().TrySignInAsync(expiredEmail, expiredCode.ToLowerInvariant()));
        await NewVisitor().SignInAsync(email, code);
        var used = await CodePageAsync(email, code);
        var usedInTheBox = await NewVisitor().TrySignInAsync(email, code);

        Assert.Equal((HttpStatusCode.BadRequest, true), (wrong.Status, wrong.Text.Contains(SignInWithCode.WrongMessage)));
        Assert.Equal((HttpStatusCode.BadRequest, true), (expired.Status, expired.Text.Contains(SignInWithCode.ExpiredMessage)));
        Assert.Equal((HttpStatusCode.BadRequest, true), (used.Status, used.Text.Contains(SignInWithCode.WrongMessage)));
        Assert.Contains(OneTimeCodeSignIn.ExpiredMessage, expiredInTheBox.Text);
        Assert.False(Visitor.IsRedirect(usedInTheBox.StatusCode), "a used code signs in in the password box");
        Assert.True((await People.FindAsync(expiredEmail)).MustSetPassword);
    }

    async Task<HtmlPage> CodePageAsync(string identifier, string code)
    {
        var visitor = NewVisitor();
        return await visitor.FollowAsync(await EnrolmentWorld.SignInWithCodeAsync(visitor, identifier, code));
    }

    async Task<(string Email, string Code)> InstructorCreatedByAnAdministratorAsync()
    {
        var institution = await People.CreateInstitutionAsync();
        var administrator = await AdministratorAsync();
        var email = $"coded-instructor-{Guid.NewGuid():N}@example.org";
        var created = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/accounts/new"), "create-account",
            ("Input.Email", email), ("Input.DisplayName", "Kofi"), ("Input.Role", Roles.Instructor),
            ("Input.InstitutionId", institution.ToString()));
        return (email, created.OneTimeCode ?? throw new InvalidOperationException(created.Text));
    }

    // Five groups of four capitals and digits, without 0, O, 1 and I, as on a recruit's code sheet.
    [GeneratedRegex("^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){4}$")]
    private static partial Regex CodeShape();

    public sealed class OnSqlite(SqliteLmsFactory factory) : FirstTimeCodeTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : FirstTimeCodeTests(factory), IClassFixture<PostgresLmsFactory>;
}
