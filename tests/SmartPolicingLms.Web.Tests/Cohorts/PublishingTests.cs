using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

public abstract class PublishingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Publishing_is_refused_while_a_cotrainer_slot_is_open_and_the_message_counts_the_open_slots()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var slots = await Scheduling.SlotsAsync(scene.Cohort);
        var left = slots.GroupBy(s => s.SessionId).Take(2).Select(g => g.First()).ToList();
        foreach (var slot in slots.Where(s => !left.Contains(s)))
            await Scheduling.FillAsync(scene.Lead, scene.Cohort, slot.Id, scene.Organisation);

        var page = await PublishAsync(scene);

        var message = Assert.Single(page.SummaryMessages, m => m.Contains("still open"));
        Assert.StartsWith($"{left.Count} co-trainer slots are still open, in {left.Count} sessions: ", message);
        foreach (var label in await LabelsAsync(left.Select(s => s.SessionId)))
            Assert.Contains($"{label} (1 open)", message);
        Assert.Equal(CohortState.Draft, await StateAsync(scene.Cohort));
    }

    [SkippableFact]
    public async Task Publishing_is_refused_while_a_modules_sessions_are_shorter_than_its_hours_and_the_message_gives_the_numbers()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        await Scheduling.FillOpenSlotsAsync(scene.Lead, scene.Cohort, scene.Organisation);
        var course = ExpectedCourses.ShippedCourse(Scheduling.GhanaCourse);
        var module = course.Modules[0];
        var session = (await Scheduling.SessionsAsync(scene.Cohort)).First();
        var form = await scene.Instructor.OpenAsync($"/cohorts/{scene.Cohort}/sessions/{session.Id}");
        var required = (int)Math.Ceiling(module.Hours * course.Settings.HourMinutes);
        var shortened = TimeOnly.Parse(form.FieldValue("Input.StartTime")!, CultureInfo.InvariantCulture).AddMinutes(required - 30);
        Assert.NotNull(Visitor.RedirectPath(await scene.Instructor.SubmitAsync(form, "session", ("Input.EndTime", shortened.ToString("HH:mm", CultureInfo.InvariantCulture)))));

        var page = await PublishAsync(scene);

        var scheduled = (int)(await Scheduling.SessionsAsync(scene.Cohort)).Where(s => s.CourseModuleId == session.CourseModuleId)
            .Sum(s => s.Length.TotalMinutes);
        Assert.Equal(required - 30, scheduled);
        Assert.Contains($"Module {module.Number} '{module.Title}' needs {module.Hours:0.##} × {course.Settings.HourMinutes} = {required} minutes; "
            + $"its sessions add up to {scheduled}.", page.SummaryMessages);
        Assert.Equal(CohortState.Draft, await StateAsync(scene.Cohort));
    }

    [SkippableFact]
    public async Task A_cohort_with_every_slot_decided_and_every_module_covered_is_published_and_the_change_is_audited()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        await Scheduling.FillOpenSlotsAsync(scene.Lead, scene.Cohort, scene.Organisation);
        var before = Factory.Now.AddSeconds(-1);

        var page = await PublishAsync(scene);

        Assert.Equal(scene.Page, page.Path);
        Assert.Empty(page.SummaryMessages);
        Assert.Equal(CohortState.Published, await StateAsync(scene.Cohort));
        var entry = await Factory.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.CohortId == scene.Cohort && e.Action == AuditAction.Published));
        Assert.Equal(scene.Lead.Id, entry.UserId);
        Assert.InRange(entry.At, before, Factory.Now.AddSeconds(1));
        Assert.Equal(nameof(CohortState.Draft), JsonDocument.Parse(entry.Before!).RootElement.GetProperty("State").GetString());
        Assert.Equal(nameof(CohortState.Published), JsonDocument.Parse(entry.After!).RootElement.GetProperty("State").GetString());
    }

    // The Ghana course's legal claims await local review, so the instructor ticks that they have seen them.
    static async Task<HtmlPage> PublishAsync(DraftScene scene) =>
        await scene.Instructor.SubmitAndFollowAsync(await scene.Instructor.OpenAsync(scene.Page), "cohort-state",
            ("State.Target", nameof(CohortState.Published)), ("State.ConfirmLegalReview", "true"));

    Task<CohortState> StateAsync(int cohort) => Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == cohort).Select(c => c.State).SingleAsync());

    // How the app names a session to an instructor: module, day and local times.
    Task<List<string>> LabelsAsync(IEnumerable<int> sessionIds)
    {
        var ids = sessionIds.ToList();
        return Factory.WithDatabaseAsync(async db =>
        {
            var rows = await db.CohortSessions.Where(s => ids.Contains(s.Id))
                .Join(db.CourseModules, s => s.CourseModuleId, m => m.Id, (s, m) => new { m.Number, m.Title, s.StartsAt, s.EndsAt, s.CohortId })
                .Join(db.Cohorts, x => x.CohortId, c => c.Id, (x, c) => new { x, c.InstitutionId })
                .Join(db.Institutions, x => x.InstitutionId, i => i.Id, (x, i) => new { x.x, i.TimeZoneId })
                .ToListAsync();
            return rows.Select(r => ScheduleReview.Label(r.x.Number, r.x.Title, r.x.StartsAt, r.x.EndsAt, LocalTime.Zone(r.TimeZoneId))).ToList();
        });
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : PublishingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : PublishingTests(factory), IClassFixture<PostgresLmsFactory>;
}
