using System.Net;
using Microsoft.EntityFrameworkCore;
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
    public async Task A_reset_ends_the_sessions_already_open_at_once()
    {
        var (openSession, recruit) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());
        var administrator = await AdministratorAsync();
        Assert.Equal(Outcome.Ok, Outcomes.Of(await openSession.GetAsync("/catalogue")));

        await administrator.SubmitAsync(await administrator.OpenAsync($"/admin/accounts/{recruit.Id}"), "reset-sign-in");

        Assert.Equal(Outcome.SignIn, Outcomes.Of(await openSession.GetAsync("/catalogue")));
        Assert.Equal(Outcome.Ok, Outcomes.Of(await administrator.GetAsync("/admin/accounts")));
    }

    [SkippableFact]
    public async Task A_reset_replaces_the_instructors_calendar_link()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var created = await scene.Instructor.SubmitAndFollowAsync(await scene.Instructor.OpenAsync("/calendar/mine"), "new-instructor-calendar");
        var old = new Uri(created.Document.QuerySelector("#feed-url")!.GetAttribute("value")!).PathAndQuery;
        var administrator = await AdministratorAsync();

        await administrator.SubmitAsync(await administrator.OpenAsync($"/admin/accounts/{scene.Lead.Id}"), "reset-sign-in");

        var token = await Factory.WithDatabaseAsync(db =>
            db.InstructorCalendars.Where(c => c.UserId == scene.Lead.Id).Select(c => c.Token).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await NewVisitor().GetAsync(old)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await NewVisitor().GetAsync($"/calendar/instructor/{token}.ics")).StatusCode);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ResetSignInTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ResetSignInTests(factory), IClassFixture<PostgresLmsFactory>;
}
