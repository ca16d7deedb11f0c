using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Security;
using SmartPolicingLms.Web.Tests.Assessments;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

// Administrators correct an account's name, role and institution, and deactivate an account that must no longer be
// used; what it did stays on record.
public abstract class EditAndDeactivateTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_deactivated_account_cannot_sign_in_by_any_path_and_keeps_its_history()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var openSession = await world.SignedInAsync(recruit);
        var newcomer = await People.CreateWithOneTimeCodeAsync(Roles.Instructor, world.InstitutionId);
        var (administrator, admin) = await SignedInAsync(Roles.Administrator);
        Assert.Equal(Outcome.Ok, Outcomes.Of(await openSession.GetAsync("/catalogue")));

        await DeactivateAsync(administrator, recruit.Id);
        await DeactivateAsync(administrator, newcomer.Id);

        Assert.Equal(Outcome.SignIn, Outcomes.Of(await openSession.GetAsync("/catalogue")));
        Assert.False(Visitor.IsRedirect((await NewVisitor().TrySignInAsync(recruit.Email, recruit.Password)).StatusCode), "the password signs in");
        Assert.False(Visitor.IsRedirect((await NewVisitor().TrySignInAsync(newcomer.Email, newcomer.Password)).StatusCode), "the code signs in as a password");
        Assert.NotEqual("/first-sign-in", Visitor.RedirectPath(await EnrolmentWorld.SignInWithCodeAsync(NewVisitor(), newcomer.Email, newcomer.Password)));
        Assert.True(await Factory.WithDatabaseAsync(db => db.Enrollments.AnyAsync(e => e.Id == enrollment && e.RecruitUserId == recruit.Id)));
        var entries = await Factory.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.AccountDeactivated && e.UserId == admin.Id).ToListAsync());
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.After!.Contains(recruit.Id));
        var list = await administrator.OpenAsync("/admin/accounts");
        var row = list.Document.QuerySelectorAll("tr").Single(r => r.TextContent.Contains(recruit.Email));
        Assert.NotNull(row.QuerySelector("[data-testid=deactivated]"));

        var details = await administrator.OpenAsync($"/admin/accounts/{newcomer.Id}");
        await administrator.SubmitAsync(details, "reactivate");
        Assert.Equal("/first-sign-in", Visitor.RedirectPath(await EnrolmentWorld.SignInWithCodeAsync(NewVisitor(), newcomer.Email, newcomer.Password)));
    }

    [SkippableFact]
    public async Task An_administrator_changes_name_role_and_institution_the_change_is_audited_and_the_persons_sessions_end()
    {
        var institution = await People.CreateInstitutionAsync();
        var followed = await People.CreateInstitutionAsync();
        var (session, instructor) = await SignedInAsync(Roles.Instructor, institution);
        var (administrator, admin) = await SignedInAsync(Roles.Administrator);

        var form = await administrator.OpenAsync($"/admin/accounts/{instructor.Id}/edit");
        var saved = await administrator.SubmitAsync(form, "edit-account", ("Input.DisplayName", "Aigul Osmonova"),
            ("Input.Role", Roles.ProgramOfficer), ("Input.InstitutionId", ""), ("Input.InstitutionIds", followed.ToString()));

        Assert.True(Visitor.IsRedirect(saved.StatusCode), await saved.Content.ReadAsStringAsync());
        var user = await People.FindAsync(instructor.Email);
        Assert.Equal(("Aigul Osmonova", (int?)null), (user.DisplayName, user.InstitutionId));
        Assert.Equal([followed], await Factory.WithDatabaseAsync(db => db.ProgramOfficerInstitutions.Where(p => p.UserId == instructor.Id).Select(p => p.InstitutionId).ToListAsync()));
        Assert.Equal([Roles.ProgramOfficer], await Factory.WithDatabaseAsync(db => (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
            where ur.UserId == instructor.Id select r.Name!).ToListAsync()));
        var entry = await Factory.WithDatabaseAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditAction.AccountEdited && e.UserId == admin.Id));
        Assert.Contains(Roles.Instructor, entry.Before);
        Assert.Contains(Roles.ProgramOfficer, entry.After);
        Assert.Equal(Outcome.SignIn, Outcomes.Of(await session.GetAsync("/cohorts")));
    }

    [SkippableFact]
    public async Task Two_administrators_editing_at_once_do_not_overwrite_each_other()
    {
        var instructor = await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        var first = await AdministratorAsync();
        var second = await AdministratorAsync();
        var firstForm = await first.OpenAsync($"/admin/accounts/{instructor.Id}/edit");
        var secondForm = await second.OpenAsync($"/admin/accounts/{instructor.Id}/edit");
        var secondDetails = await second.OpenAsync($"/admin/accounts/{instructor.Id}");

        await first.SubmitAsync(firstForm, "edit-account", ("Input.DisplayName", "Bakyt First"));
        var late = await second.SubmitAsync(secondForm, "edit-account", ("Input.DisplayName", "Bakyt Second"));
        var page = await second.FollowAsync(late);
        var staleDeactivate = await second.SubmitAsync(secondDetails, "deactivate");

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Contains("Someone else changed this account", page.Text);
        Assert.Equal("Bakyt First", page.FieldValue("Input.DisplayName"));
        Assert.Equal("Bakyt First", (await People.FindAsync(instructor.Email)).DisplayName);
        Assert.Equal(HttpStatusCode.Conflict, staleDeactivate.StatusCode);
        Assert.False(await Factory.WithDatabaseAsync(db => db.IsDeactivatedAsync(instructor.Id, CancellationToken.None)));
    }

    [SkippableFact]
    public async Task The_last_active_administrator_cannot_be_deactivated_or_demoted()
    {
        var (administrator, admin) = await SignedInAsync(Roles.Administrator);
        await Factory.WithDatabaseAsync(async db =>
        {
            var others = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id
                                where r.Name == Roles.Administrator && ur.UserId != admin.Id select ur.UserId).ToListAsync();
            db.UserClaims.AddRange(others.Select(id => DeactivatedAccounts.Marker(id, Factory.Now)));
            return await db.SaveChangesAsync();
        });

        var deactivate = await administrator.SubmitAsync(await administrator.OpenAsync($"/admin/accounts/{admin.Id}"), "deactivate");
        var demote = await administrator.SubmitAsync(await administrator.OpenAsync($"/admin/accounts/{admin.Id}/edit"), "edit-account",
            ("Input.Role", Roles.Instructor), ("Input.InstitutionId", (await People.CreateInstitutionAsync()).ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, deactivate.StatusCode);
        Assert.Contains("only active administrator", await deactivate.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, demote.StatusCode);
        Assert.Equal(Outcome.Ok, Outcomes.Of(await administrator.GetAsync("/admin/accounts")));
    }

    [SkippableFact]
    public async Task The_edit_page_speaks_russian()
    {
        var instructor = await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        var administrator = (await AdministratorAsync()).Speaking("ru");

        var page = await administrator.OpenAsync($"/admin/accounts/{instructor.Id}/edit");

        Assert.Equal("Изменение учётной записи", page.Heading);
        Assert.DoesNotContain("Edit account", page.Text);
    }

    static async Task DeactivateAsync(Visitor administrator, string userId)
    {
        var response = await administrator.SubmitAsync(await administrator.OpenAsync($"/admin/accounts/{userId}"), "deactivate");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : EditAndDeactivateTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : EditAndDeactivateTests(factory), IClassFixture<PostgresLmsFactory>;
}
