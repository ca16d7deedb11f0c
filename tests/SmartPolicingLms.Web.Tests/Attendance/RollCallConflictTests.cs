using System.Net;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Attendance;

// Two instructors of the cohort (its lead and the session's instructor) save the same roll call: the second never
// silently overwrites the first.
public abstract class RollCallConflictTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_second_save_from_the_same_version_is_refused_shows_the_first_changes_and_a_deliberate_resave_applies()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 3);
        var (formOfLead, formOfSecond) = (await world.Lead.OpenAsync(world.Page), await world.Second.OpenAsync(world.Page));

        await world.Lead.SubmitAsync(formOfLead, "roll-call", world.Mark(0, Present), world.Mark(1, Absent), world.Mark(2, Present));
        var refused = await world.Second.SubmitAndFollowAsync(formOfSecond, "roll-call", world.Mark(0, Present), world.Mark(1, Late));

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal([Present, Absent, Present], (await world.StoredAsync()).OrderBy(m => m.Key).Select(m => m.Value));
        var conflict = refused.Document.QuerySelector("[data-testid=roll-call-conflict]")!;
        var lead = await world.NameOfAsync(world.Cohort.Lead);
        var theirs = conflict.QuerySelectorAll("tbody tr").Select(tr => HtmlPage.Normalize(string.Join(" | ", tr.QuerySelectorAll("td").Take(3).Select(td => td.TextContent)))).ToList();
        Assert.Equal(
            [$"{world.Recruits[0].Name} | Not marked → Present | {lead}", $"{world.Recruits[1].Name} | Not marked → Absent | {lead}",
             $"{world.Recruits[2].Name} | Not marked → Present | {lead}"], theirs);
        // The second instructor's own entries stay in the form; the one that differs from what is stored stands out.
        Assert.Equal(["Present", "Late", "Present"], world.Recruits.Select(r => RollCallWorld.CheckedMark(refused, r.EnrollmentId)));
        Assert.Equal(["false", "true", "false"], world.Recruits.Select(r => RollCallWorld.Row(refused, r.EnrollmentId).GetAttribute("data-differs")));
        Assert.Equal("1", refused.FieldValue("Input.Version"));

        var applied = await world.Second.SubmitAsync(refused, "roll-call");

        Assert.Equal(world.Page, Visitor.RedirectPath(applied));
        Assert.Equal([Present, Late, Present], (await world.StoredAsync()).OrderBy(m => m.Key).Select(m => m.Value));
        var last = (await world.ChangesAsync()).Last();
        Assert.Equal((world.Recruits[1].EnrollmentId, (Web.Data.AttendanceMark?)Absent, Late, world.SessionInstructor.Id, 2),
            (last.EnrollmentId, last.Before, last.After, last.ChangedByUserId, last.RollCallVersion));
    }

    [SkippableFact]
    public async Task Two_saves_posted_at_the_same_moment_over_http_let_exactly_one_through()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 3);
        for (var round = 0; round < 3; round++)
        {
            var (formOfLead, formOfSecond) = (await world.Lead.OpenAsync(world.Page), await world.Second.OpenAsync(world.Page));
            var leadMark = round % 2 == 0 ? Absent : Present;
            var responses = await Task.WhenAll(
                world.Lead.SubmitAsync(formOfLead, "roll-call", world.Mark(0, leadMark), world.Mark(1, leadMark), world.Mark(2, leadMark)),
                world.Second.SubmitAsync(formOfSecond, "roll-call", world.Mark(0, Excused), world.Mark(1, Excused), world.Mark(2, Excused)));

            Assert.Equal(1, responses.Count(r => Visitor.RedirectPath(r) == world.Page));
            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
            var stored = (await world.StoredAsync()).Values.Distinct().ToList();
            Assert.True(stored.Count == 1, $"Round {round}: marks of both saves were mixed: {string.Join(", ", stored)}");
        }
    }

    [SkippableFact]
    public async Task Two_saves_through_separate_requests_at_once_from_the_same_version_let_exactly_one_through()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 2);
        foreach (var version in new[] { 0, 1, 2 })
        {
            TakeRollCall.Command Command(Web.Data.AttendanceMark mark) => new()
            {
                Version = version,
                Marks = world.Recruits.ToDictionary(r => r.EnrollmentId, _ => mark.ToString()),
            };
            // Each round's marks differ from whichever won the round before, so every winner writes changes.
            var outcomes = await Task.WhenAll(world.TakeAsync(world.Cohort.Lead, Command(version == 1 ? Present : Late)),
                world.TakeAsync(world.SessionInstructor, Command(version == 1 ? Absent : Excused)));

            Assert.All(outcomes, o => Assert.True(o.Succeeded));
            Assert.Equal(1, outcomes.Count(o => !o.Value!.Conflicted));
            Assert.Equal(version + 1, outcomes.Single(o => o.Value!.Conflicted).Value!.Version);
        }
        Assert.Equal(3, (await world.ChangesAsync()).Select(c => c.RollCallVersion).Distinct().Count());
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RollCallConflictTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RollCallConflictTests(factory), IClassFixture<PostgresLmsFactory>;
}
