using System.Net;
using SmartPolicingLms.Web.Tests.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Authorization;

// A refusal reads as a page in the person's language: "you may not" (403) for what they may know exists, "not found"
// (404) where hiding that it exists is the point (another institution's cohort).
public abstract class AccessDeniedPageTests(LmsFactory factory) : LmsTest(factory)
{
    const string Denied = "You do not have access to this";

    [SkippableFact]
    public async Task A_program_officer_opening_a_cohorts_sign_in_sheet_is_told_they_may_not_and_why()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        var officer = NewVisitor();
        await officer.SignInAsync(await People.CreateAsync(Roles.ProgramOfficer, followedInstitutions: [world.Cohort.InstitutionId]));
        var stranger = NewVisitor();
        await stranger.SignInAsync(await People.CreateAsync(Roles.ProgramOfficer, followedInstitutions: [await People.CreateInstitutionAsync()]));

        var refused = await officer.FollowAsync(await officer.GetAsync(world.SheetUrl));
        var hidden = await stranger.FollowAsync(await stranger.GetAsync(world.SheetUrl));

        Assert.Equal((HttpStatusCode.Forbidden, Denied), (refused.Status, refused.Heading));
        Assert.Contains(SmartPolicingLms.Web.Security.CohortAccess.ReadOnlyMessage, refused.Text);
        Assert.Contains("Go to the home page", refused.Text);
        Assert.DoesNotContain("Not found", refused.Text);
        Assert.Equal((HttpStatusCode.NotFound, "Not found"), (hidden.Status, hidden.Heading));
    }

    [SkippableFact]
    public async Task A_page_for_another_role_answers_403_with_the_access_denied_page_in_the_persons_language()
    {
        var (recruit, _) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());

        var response = await recruit.Speaking("ru").GetAsync("/admin/accounts");
        var page = await recruit.FollowAsync(response);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("У вас нет доступа к этому", page.Heading);
        Assert.DoesNotContain(Denied, page.Text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : AccessDeniedPageTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : AccessDeniedPageTests(factory), IClassFixture<PostgresLmsFactory>;
}
