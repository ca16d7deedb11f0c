using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Completion;

// The recruit's progress page says how many hours remain and lists what completes the course, each met or not.
public abstract class ProgressRequirementsTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_recruit_reads_the_hours_that_remain_and_each_requirement_of_the_course_met_or_not()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Present));
        await world.ResultsAsync(enrollment, pre: 40m, post: 50m);
        // A third workshop session in two days: module 3's 1.5 hours now span 150 minutes, 60 of them to come.
        await Factory.WithDatabaseAsync(async db =>
        {
            var workshop = await db.CohortSessions.AsNoTracking().SingleAsync(s => s.Id == world.FirstWorkshop);
            db.Cohorts.Single(c => c.Id == world.CohortId).Sessions.Add(
                CohortSession.Create(workshop.CourseModuleId, Factory.Now.AddDays(2), Factory.Now.AddDays(2).AddHours(1), "Room 2", []));
            return await db.SaveChangesAsync();
        });

        var page = await (await world.SignedInAsync(recruit)).OpenAsync(world.Progress);

        Assert.Equal("Hours remaining: 1 more contact hours needed; 0.6 hours of sessions are still to come.",
            HtmlPage.Normalize(page.Document.QuerySelector("[data-testid=hours-remaining]")!.TextContent));
        Assert.Equal(
        [
            "Attend 2 of the 2.5 contact hours (80%): not yet",
            "Mark self-study module 1 'Why referral matters' as read: done",
            "Take the pre-test (or have it waived by your instructor): done",
            "Pass the post-test with at least 70%: not yet",
        ], page.Document.QuerySelectorAll("[data-testid=requirements] li").Select(e => HtmlPage.Normalize(e.TextContent)));
    }

    [SkippableFact]
    public async Task The_requirements_read_in_russian()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, _) = await world.EnrolAsync();

        var page = await (await world.SignedInAsync(recruit)).Speaking("ru").OpenAsync(world.Progress);

        Assert.Contains("Что нужно для завершения курса", page.Text);
        Assert.Contains("Сдать итоговый тест не менее чем на 70%", page.Text);
        Assert.DoesNotContain("What completes the course", page.Text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ProgressRequirementsTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ProgressRequirementsTests(factory), IClassFixture<PostgresLmsFactory>;
}
