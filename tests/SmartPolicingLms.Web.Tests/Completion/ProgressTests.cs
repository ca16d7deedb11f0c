using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Completion;

public abstract class ProgressTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_recruit_who_missed_a_module_reads_how_many_contact_hours_they_need_and_which_module()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Absent));
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Late));
        await world.ResultsAsync(enrollment, pre: 40m, post: 90m);

        var page = await (await world.SignedInAsync(recruit)).OpenAsync(world.Progress);
        var instructorPage = await (await world.SignedInAsync(world.Lead)).OpenAsync($"/cohorts/{world.CohortId}/recruits/{enrollment}");

        // Module 3's second session was late: half of its 0.75 hours. 0.75 + 0.375 = 1.125 of the 2 hours required, shown
        // rounded to 1.12 (to even), and 0.875 missing shown as 0.88.
        var expected = $"needs 0.88 more contact hours: module 2 '{CompletionWorld.LectureTitle}' was missed; "
            + $"module 3 '{CompletionWorld.WorkshopTitle}' was partly missed";
        Assert.Equal("Not completed yet", page.Document.QuerySelector("[data-testid=completion-state]")?.TextContent);
        Assert.Equal([expected], Items(page, "[data-testid=missing] li"));
        Assert.Contains("Contact hours: 1.12 attended of 2 required", page.Text);
        Assert.Equal(["Absent"], Items(page, "[data-testid=module-2] [data-testid=mark]"));
        Assert.Equal(["Present", "Late"], Items(page, "[data-testid=module-3] [data-testid=mark]"));
        Assert.Contains("Pre-test: Taken", page.Text);
        Assert.Contains("Post-test: Best score 90% (pass mark 70%): passed", page.Text);
        Assert.Equal([expected], Items(instructorPage, "[data-testid=missing] li"));
    }

    [SkippableFact]
    public async Task A_roll_call_change_shows_on_the_recruit_s_progress_page()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await world.ResultsAsync(enrollment, pre: 40m, post: 90m);
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Present));
        var visitor = await world.SignedInAsync(recruit);
        await world.MarkAsync(world.Lecture, (enrollment, Absent));
        var before = await visitor.OpenAsync(world.Progress);

        await world.MarkAsync(world.Lecture, (enrollment, Present));
        var after = await visitor.OpenAsync(world.Progress);

        Assert.Equal([$"needs 0.5 more contact hours: module 2 '{CompletionWorld.LectureTitle}' was missed"], Items(before, "[data-testid=missing] li"));
        Assert.Equal("Completed", after.Document.QuerySelector("[data-testid=completion-state]")?.TextContent);
        Assert.Equal(["Present"], Items(after, "[data-testid=module-2] [data-testid=mark]"));
        Assert.Contains("Contact hours: 2.5 attended of 2 required", after.Text);
    }

    [SkippableFact]
    public async Task Sessions_not_marked_yet_and_make_up_sessions_the_recruit_was_moved_into_are_listed()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Excused));
        var makeUp = await Factory.WithDatabaseAsync(async db =>
        {
            var lecture = await db.CohortSessions.AsNoTracking().SingleAsync(s => s.Id == world.Lecture);
            var session = CohortSession.Create(lecture.CourseModuleId, Factory.Now.AddHours(-3), Factory.Now.AddHours(-2), "Room 2", [], isMakeUp: true);
            db.Cohorts.Single(c => c.Id == world.CohortId).Sessions.Add(session);
            await db.SaveChangesAsync();
            db.MakeUpSeats.Add(new MakeUpSeat { SessionId = session.Id, EnrollmentId = enrollment, MovedByUserId = world.Lead.Id, MovedAt = Factory.Now });
            await db.SaveChangesAsync();
            return session.Id;
        });
        await world.MarkAsync(makeUp, (enrollment, Present));

        var page = await (await world.SignedInAsync(recruit)).OpenAsync(world.Progress);

        Assert.Equal(["Excused", "Present"], Items(page, "[data-testid=module-2] [data-testid=mark]"));
        Assert.Contains("make-up session", page.Document.QuerySelector("[data-testid=module-2]")!.TextContent);
        Assert.Equal(["Not marked yet", "Not marked yet"], Items(page, "[data-testid=module-3] [data-testid=mark]"));
        Assert.DoesNotContain("module 2", string.Join(" ", Items(page, "[data-testid=missing] li")));
    }

    [SkippableFact]
    public async Task A_recruit_sees_only_their_own_progress()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var other = await CompletionWorld.CreateAsync(Factory, world.InstitutionId);
        var (recruit, _) = await world.EnrolAsync();
        await other.EnrolAsync();
        var visitor = await world.SignedInAsync(recruit);

        var theirs = await visitor.GetAsync(other.Progress);
        var missing = await visitor.GetAsync($"/learn/cohorts/{int.MaxValue}/progress");
        var instructor = await (await world.SignedInAsync(world.Lead)).GetAsync(world.Progress);

        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, instructor.StatusCode);
    }

    [SkippableFact]
    public async Task A_withdrawn_recruit_is_told_they_were_withdrawn()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Enrollments.SingleAsync(e => e.Id == enrollment)).Withdraw(world.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });

        var page = await (await world.SignedInAsync(recruit)).OpenAsync(world.Progress);

        Assert.StartsWith("You were withdrawn from this cohort on", page.Document.QuerySelector("[data-testid=withdrawn]")?.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector("[data-testid=completion]"));
    }

    static IReadOnlyList<string> Items(HtmlPage page, string selector) =>
        [.. page.Document.QuerySelectorAll(selector).Select(e => HtmlPage.Normalize(e.TextContent))];

    public sealed class OnSqlite(SqliteLmsFactory factory) : ProgressTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ProgressTests(factory), IClassFixture<PostgresLmsFactory>;
}
