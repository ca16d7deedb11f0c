using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Enrolment;

public abstract class CodeSignInTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_recruit_signs_in_with_their_code_once_and_then_with_their_service_number_and_password()
    {
        var (world, sn, code) = await OneRecruitAsync();
        var visitor = new Visitor(Factory);

        var response = await EnrolmentWorld.SignInWithCodeAsync(visitor, $" {sn.ToLowerInvariant()} ", code.Replace("-", "").ToLowerInvariant());
        var choose = await visitor.FollowAsync(response);
        var password = Harness.People.NewPassword();
        var home = await visitor.SubmitAndFollowAsync(choose, "choose-password", ("Input.NewPassword", password), ("Input.ConfirmPassword", password));
        var again = await EnrolmentWorld.SignInWithCodeAsync(new Visitor(Factory), sn, code);
        var later = await new Visitor(Factory).SignInAsync(sn, password);

        Assert.Equal("/first-sign-in", Visitor.RedirectPath(response));
        Assert.Equal("/learn", home.Path);
        Assert.Contains(SignInWithCode.WrongMessage, (await new Visitor(Factory).FollowAsync(again)).Text);
        Assert.Equal("/learn", later.Path);
        Assert.False((await world.UserAsync(sn)).MustSetPassword);
    }

    [SkippableFact]
    public async Task A_wrong_code_and_an_unknown_person_get_the_same_answer()
    {
        var (_, sn, _) = await OneRecruitAsync();

        var wrong = await new Visitor(Factory).FollowAsync(await EnrolmentWorld.SignInWithCodeAsync(new Visitor(Factory), sn, "AAAA-BBBB-CCCC-DDDD-EEEE"));
        var unknown = await new Visitor(Factory).FollowAsync(await EnrolmentWorld.SignInWithCodeAsync(new Visitor(Factory), "NO-SUCH-NUMBER", "AAAA-BBBB-CCCC-DDDD-EEEE"));

        Assert.Contains(SignInWithCode.WrongMessage, wrong.Text);
        Assert.Contains(SignInWithCode.WrongMessage, unknown.Text);
    }

    [SkippableFact]
    public async Task A_new_code_ends_the_old_password()
    {
        var (world, sn, code) = await OneRecruitAsync();
        var password = Harness.People.NewPassword();
        await EnrolmentWorld.RecruitWithPasswordAsync(Factory, sn, code, password);

        var recruitPage = await world.Instructor.OpenAsync($"{world.RecruitsPage}/{(await world.EnrollmentsAsync()).Single().Id}");
        await world.Instructor.SubmitAndFollowAsync(recruitPage, "issue-code");
        var oldPassword = await new Visitor(Factory).TrySignInAsync(sn, password);

        Assert.False(Visitor.IsRedirect(oldPassword.StatusCode));
        Assert.Null((await world.UserAsync(sn)).PasswordHash);
        Assert.True((await world.UserAsync(sn)).MustSetPassword);
    }

    [SkippableFact]
    public async Task An_expired_code_is_refused()
    {
        var (world, sn, code) = await OneRecruitAsync();
        var user = await world.UserAsync(sn);
        await world.DbAsync(db => db.SignInCodes.Where(c => c.UserId == user.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, Factory.Now.AddMinutes(-1))));

        var page = await new Visitor(Factory).FollowAsync(await EnrolmentWorld.SignInWithCodeAsync(new Visitor(Factory), sn, code));

        Assert.Contains(SignInWithCode.ExpiredMessage, page.Text);
    }

    [SkippableFact]
    public async Task The_sign_in_page_links_to_the_code_page()
    {
        var login = await new Visitor(Factory).OpenAsync("/Account/Login");

        Assert.Contains("code", login.Links);
        Assert.Contains("Sign in with your one-time code", login.Text);
    }

    async Task<(EnrolmentWorld World, string ServiceNumber, string Code)> OneRecruitAsync()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var sn = $"SN-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var sheet = await world.ImportAsync($"name,service number\nAma Mensah,{sn}\n");
        return (world, sn, EnrolmentWorld.Slips(sheet).Single().Code!);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CodeSignInTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CodeSignInTests(factory), IClassFixture<PostgresLmsFactory>;
}
