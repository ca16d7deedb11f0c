using System.Net;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Attendance;

// Who may take a roll call, and when: the cohort's instructors only; closed cohorts with a reason; never a draft or
// cancelled one.
public abstract class RollCallRulesTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_closed_cohort_takes_a_change_only_with_a_reason_and_keeps_the_reason_with_it()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 2);
        await world.Lead.SubmitAsync(await world.Lead.OpenAsync(world.Page), "roll-call", world.Mark(0, Absent), world.Mark(1, Present));
        await world.SetStateAsync(CohortState.InProgress);
        await world.SetStateAsync(CohortState.Completed);
        var page = await world.Lead.OpenAsync(world.Page);

        var refused = await world.Lead.SubmitAndFollowAsync(page, "roll-call", world.Mark(0, Excused));
        var saved = await world.Lead.SubmitAsync(page, "roll-call", world.Mark(0, Excused), ("Input.Reason", "Medical note handed in after closing."));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(AttendanceBook.ClosedNeedsReason, refused.Text);
        Assert.Equal(world.Page, Visitor.RedirectPath(saved));
        Assert.Equal([Excused, Present], (await world.StoredAsync()).OrderBy(m => m.Key).Select(m => m.Value));
        var last = (await world.ChangesAsync()).Last();
        Assert.Equal((Absent, Excused, "Medical note handed in after closing."), (last.Before!.Value, last.After, last.Reason));
        var log = (await world.Lead.FollowAsync(saved)).Table("When", "Who", "Recruit", "Change", "Source", "Reason");
        Assert.Equal("Medical note handed in after closing.", HtmlPage.Normalize(log[0]["Reason"].TextContent));
    }

    [SkippableTheory]
    [InlineData(nameof(CohortState.Draft), "still a draft")]
    [InlineData(nameof(CohortState.Cancelled), "was cancelled")]
    public async Task A_draft_or_cancelled_cohort_takes_no_attendance(string state, string message)
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 1);
        await world.SetStateAsync(Enum.Parse<CohortState>(state));

        var page = await world.Lead.OpenAsync(world.Page);
        var outcome = await world.TakeAsync(world.Cohort.Lead, new() { Marks = new() { [world.Recruits[0].EnrollmentId] = "Present" } });

        Assert.Contains(message, page.Document.QuerySelector("[data-testid=roll-call-refused]")!.TextContent);
        Assert.Null(page.Form("roll-call"));
        Assert.Contains(outcome.Errors, e => e.ErrorMessage.Contains(message));
        Assert.Empty(await world.StoredAsync());
    }

    [SkippableTheory]
    [InlineData(Roles.ProgramOfficer)]
    [InlineData(Roles.Administrator)]
    public async Task Those_who_may_only_view_the_cohort_are_refused_its_roll_call(string role)
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 1);
        var person = await People.CreateAsync(role, world.Cohort.InstitutionId);
        var visitor = NewVisitor();
        await visitor.SignInAsync(person);

        var response = await visitor.GetAsync(world.Page);
        var outcome = await world.TakeAsync(person, new() { Marks = new() { [world.Recruits[0].EnrollmentId] = "Present" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal([CohortAccess.ReadOnlyMessage], outcome.Errors.Select(e => e.ErrorMessage));
        Assert.Empty(await world.StoredAsync());
    }

    [SkippableFact]
    public async Task An_instructor_of_the_institution_who_does_not_teach_the_cohort_is_refused()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 1);
        var (visitor, _) = await SignedInAsync(Roles.Instructor, world.Cohort.InstitutionId);

        var response = await visitor.GetAsync(world.Page);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task The_cohort_page_links_each_session_to_its_roll_call_for_its_instructors_only()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 1);
        var (officer, _) = await SignedInAsync(Roles.ProgramOfficer, world.Cohort.InstitutionId);
        var link = AttendanceLinks.RollCall(world.CohortId, world.SessionId);

        Assert.Contains(link, (await world.Lead.OpenAsync($"/cohorts/{world.CohortId}")).Links);
        Assert.DoesNotContain(link, (await officer.OpenAsync($"/cohorts/{world.CohortId}")).Links);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RollCallRulesTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RollCallRulesTests(factory), IClassFixture<PostgresLmsFactory>;
}
