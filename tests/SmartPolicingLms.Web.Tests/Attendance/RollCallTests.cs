using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Attendance;

// An instructor takes a session's roll call through the page: marks, mark-everyone-present, and the change log.
public abstract class RollCallTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_saved_roll_call_is_read_back_with_every_recruit_and_their_mark()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 3);
        var page = await world.Lead.OpenAsync(world.Page);
        Assert.Equal(world.Recruits.Select(r => (r.Name, r.ServiceNumber)), world.Recruits.Select(r => RollCallWorld.Row(page, r.EnrollmentId))
            .Select(row => (Text(row.QuerySelector("legend .fw-semibold")!), Text(row.QuerySelector("legend .text-muted")!))));
        Assert.Contains("Room 4", page.Document.QuerySelector("[data-testid=roll-call-session]")!.TextContent);

        var saved = await world.Lead.SubmitAsync(page, "roll-call", world.Mark(0, Present), world.Mark(1, Late), world.Mark(2, Absent));

        Assert.Equal(world.Page, Visitor.RedirectPath(saved));
        var reread = await world.Lead.FollowAsync(saved);
        Assert.Contains("Roll call saved: 3 marks changed", reread.Text);
        Assert.Equal(["Present", "Late", "Absent"], world.Recruits.Select(r => RollCallWorld.CheckedMark(reread, r.EnrollmentId)));
        Assert.Equal([Present, Late, Absent], (await world.StoredAsync()).OrderBy(m => m.Key).Select(m => m.Value));
        Assert.Equal("1", reread.FieldValue("Input.Version"));
    }

    [SkippableFact]
    public async Task Marking_everyone_present_saves_nothing_until_the_exceptions_are_changed_and_saved_in_one_post()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 4);
        var page = await world.Lead.OpenAsync(world.Page);

        var allPresent = await world.Lead.SubmitAndFollowAsync(page, "roll-call", ("Input.Action", TakeRollCall.AllPresent));

        Assert.Equal(HttpStatusCode.OK, allPresent.Status);
        Assert.Contains("Nothing is saved yet", allPresent.Text);
        Assert.All(world.Recruits, r => Assert.Equal("Present", RollCallWorld.CheckedMark(allPresent, r.EnrollmentId)));
        Assert.Empty(await world.StoredAsync());

        var saved = await world.Lead.SubmitAsync(allPresent, "roll-call", world.Mark(1, Absent), world.Mark(3, Excused));

        Assert.Equal(world.Page, Visitor.RedirectPath(saved));
        Assert.Equal([Present, Absent, Present, Excused], (await world.StoredAsync()).OrderBy(m => m.Key).Select(m => m.Value));
    }

    [SkippableFact]
    public async Task Every_change_is_logged_with_who_when_before_and_after_and_shown_on_the_page()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 2);
        await world.Lead.SubmitAsync(await world.Lead.OpenAsync(world.Page), "roll-call", world.Mark(0, Absent), world.Mark(1, Present));
        await world.Second.SubmitAsync(await world.Second.OpenAsync(world.Page), "roll-call", world.Mark(0, Late));

        var changes = await world.ChangesAsync();

        Assert.Equal(
            [(world.Recruits[0].EnrollmentId, (AttendanceMark?)null, Absent, world.Cohort.Lead.Id, 1),
             (world.Recruits[1].EnrollmentId, null, Present, world.Cohort.Lead.Id, 1),
             (world.Recruits[0].EnrollmentId, Absent, Late, world.SessionInstructor.Id, 2)],
            changes.Select(c => (c.EnrollmentId, c.Before, c.After, c.ChangedByUserId, c.RollCallVersion)));
        Assert.All(changes, c => Assert.Equal(AttendanceSource.RollCall, c.Source));
        Assert.All(changes, c => Assert.True(Factory.Now - c.ChangedAt < TimeSpan.FromMinutes(5)));
        var log = (await world.Lead.OpenAsync(world.Page)).Table("When", "Who", "Recruit", "Change", "Source", "Reason");
        var newest = log[0];
        Assert.Equal((await world.NameOfAsync(world.SessionInstructor), world.Recruits[0].Name, "Absent → Late", "Roll call"),
            (Text(newest["Who"]), Text(newest["Recruit"]), Text(newest["Change"]), Text(newest["Source"])));
        Assert.Equal(3, log.Count);
    }

    [SkippableFact]
    public async Task A_mark_for_someone_not_on_the_roll_call_or_an_unknown_mark_is_refused_with_a_message()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 2);
        var other = await RollCallWorld.CreateAsync(Factory, recruits: 1);
        var page = await world.Lead.OpenAsync(world.Page);

        var stranger = await world.Lead.FollowAsync(await world.Lead.SubmitAsync(page, "roll-call", world.Mark(0, Present),
            (RollCallWorld.MarkField(other.Recruits[0].EnrollmentId), "Present")));
        var unknown = await world.Lead.FollowAsync(await world.Lead.SubmitAsync(page, "roll-call", (RollCallWorld.MarkField(world.Recruits[1].EnrollmentId), "Asleep")));

        Assert.Equal(HttpStatusCode.BadRequest, stranger.Status);
        Assert.Contains("is not on this session's roll call", stranger.Text);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Contains("'Asleep' is not a mark", unknown.Text);
        Assert.Empty(await world.StoredAsync());
    }

    [SkippableFact]
    public async Task A_session_of_another_cohort_is_answered_as_if_it_did_not_exist()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 1);
        var other = await RollCallWorld.CreateAsync(Factory, recruits: 1);

        var response = await world.Lead.GetAsync($"/cohorts/{world.CohortId}/sessions/{other.SessionId}/roll-call");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    static string Text(AngleSharp.Dom.IElement cell) => HtmlPage.Normalize(cell.TextContent);

    public sealed class OnSqlite(SqliteLmsFactory factory) : RollCallTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RollCallTests(factory), IClassFixture<PostgresLmsFactory>;
}
