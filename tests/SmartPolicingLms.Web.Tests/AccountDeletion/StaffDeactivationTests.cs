using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.AccountDeletion;

// Staff whose work is part of the institution's record are deactivated, not deleted, and read so before they confirm;
// staff with no such record are deleted; the last administrator cannot close their account.
public abstract class StaffDeactivationTests(LmsFactory factory) : LmsTest(factory)
{
    const string Page = "/Account/Manage/DeletePersonalData";

    [SkippableFact]
    public async Task An_instructor_who_took_a_roll_call_is_told_they_will_be_deactivated_and_then_cannot_sign_in_nor_be_chosen_while_the_roll_call_keeps_their_name()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Present));
        var name = await Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == world.Lead.Id).Select(u => u.DisplayName).SingleAsync());
        var browser = await world.SignedInAsync(world.Lead);

        var page = await browser.OpenAsync(Page);
        var response = await browser.SubmitAsync(page, "delete-user", ("Input.Password", world.Lead.Password));

        Assert.Equal("Deactivate", page.Document.QuerySelector("[data-testid=deletion-explained]")?.GetAttribute("data-way"));
        Assert.Contains("Your name stays on the records you made", page.Text);
        Assert.Equal("/Account/Login", Visitor.RedirectPath(response));
        Assert.False(Visitor.IsRedirect((await new Visitor(Factory).TrySignInAsync(world.Lead.Email, world.Lead.Password)).StatusCode));
        var offered = await Factory.AsAsync(world.Lead, services =>
            services.GetRequiredService<InstitutionInstructors>().ListAsync(world.InstitutionId, CancellationToken.None));
        Assert.DoesNotContain(offered, o => o.Id == world.Lead.Id);
        var takenBy = await Factory.WithDatabaseAsync(db => (from r in db.RollCalls
                                                             join u in db.Users on r.TakenByUserId equals u.Id
                                                             where r.SessionId == world.Lecture
                                                             select u.DisplayName).SingleAsync());
        Assert.Equal(name, takenBy);
        Assert.Empty(await DatabaseSearch.WhereAsync(Factory, world.Lead.Email));
    }

    [SkippableFact]
    public async Task A_program_officer_with_no_record_is_told_their_account_will_be_removed_and_it_is()
    {
        var (browser, officer) = await SignedInAsync(Roles.ProgramOfficer, await People.CreateInstitutionAsync());

        var page = await browser.OpenAsync(Page);
        var response = await browser.SubmitAsync(page, "delete-user", ("Input.Password", officer.Password));

        Assert.Equal("Delete", page.Document.QuerySelector("[data-testid=deletion-explained]")?.GetAttribute("data-way"));
        Assert.Equal("/Account/Login", Visitor.RedirectPath(response));
        Assert.False(await Factory.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Id == officer.Id)));
    }

    [SkippableFact]
    public async Task The_last_administrator_is_told_why_they_cannot_close_their_account_and_is_offered_no_form()
    {
        var (browser, administrator) = await SignedInAsync(Roles.Administrator);
        await Factory.WithDatabaseAsync(async db =>
        {
            var others = await db.Users.Where(u => u.Id != administrator.Id
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Administrator))
                && !db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == ClosedAccounts.ClaimType)).Select(u => u.Id).ToListAsync();
            db.UserClaims.AddRange(others.Select(id => ClosedAccounts.Marker(id, Factory.Now)));
            return await db.SaveChangesAsync();
        });

        var page = await browser.OpenAsync(Page);

        Assert.Contains("You are the only administrator", page.Document.QuerySelector("[data-testid=deletion-refused]")?.TextContent);
        Assert.Null(page.Form("delete-user"));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : StaffDeactivationTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : StaffDeactivationTests(factory), IClassFixture<PostgresLmsFactory>;
}
