using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Completion;

// Closing cannot be undone, so the close page first shows who will and will not complete and why (the rule's own
// decision, worded as the record words it), closes only when the instructor ticks that they read it, and refuses a
// preview that another instructor's change made stale. Once closed, every page says the final result.
public abstract class ClosingPreviewTests(LmsFactory factory) : LmsTest(factory)
{
    // Ana attends everything that had a roll call and passes; Bo missed the lecture and scored under the pass mark.
    async Task<(CompletionWorld World, Person Ana, int AnaId, Person Bo, int BoId)> CohortAsync()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (ana, anaId) = await world.EnrolAsync();
        var (bo, boId) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (anaId, Present), (boId, Absent));
        await world.MarkAsync(world.FirstWorkshop, (anaId, Present), (boId, Present));
        await world.MarkAsync(world.SecondWorkshop, (anaId, Present), (boId, Present));
        await world.ResultsAsync(anaId, pre: 50m, post: 80m);
        await world.ResultsAsync(boId, pre: 50m, post: 60m);
        return (world, ana, anaId, bo, boId);
    }

    [SkippableFact]
    public async Task The_close_page_lists_each_recruit_with_whether_they_will_complete_and_why_before_anything_is_stored()
    {
        var (world, _, anaId, _, boId) = await CohortAsync();

        var page = await (await world.SignedInAsync(world.Lead)).OpenAsync(world.Close);

        string Result(int id) => HtmlPage.Normalize(Outlook(page, id)?.QuerySelector("[data-testid=outlook-result]")?.TextContent);
        Assert.Equal(("will complete", "will not complete"), (Result(anaId), Result(boId)));
        Assert.Null(Outlook(page, anaId)!.QuerySelector("[data-testid=outlook-missing]"));
        Assert.Equal([$"needs 0.5 more contact hours: module 2 '{CompletionWorld.LectureTitle}' was missed",
            "scored 60% on the post-test; the pass mark is 70%"], Missing(page, boId));
        Assert.Contains("Will complete if you close the cohort now: 1 of 2.", page.Text);
        Assert.Equal(CohortState.InProgress, await world.StateAsync());
        Assert.Empty(await world.RecordsAsync());
        Assert.Empty(await world.AuditAsync());
    }

    [SkippableFact]
    public async Task Closing_without_the_tick_is_refused_beside_the_box_and_changes_nothing()
    {
        var (world, _, _, _, _) = await CohortAsync();
        var lead = await world.SignedInAsync(world.Lead);

        var refused = await lead.SubmitAndFollowAsync(await lead.OpenAsync(world.Close), "close-cohort");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains(CloseCohort.NotConfirmed, refused.MessagesBeside("Closing.Confirmed"));
        Assert.Equal(2, refused.Document.QuerySelectorAll("[data-testid=outlook]").Length);
        Assert.Equal(CohortState.InProgress, await world.StateAsync());
        Assert.Empty(await world.RecordsAsync());
        Assert.Empty(await world.AuditAsync());
        Assert.Equal(0, await Factory.WithDatabaseAsync(db => db.Certificates.CountAsync(c =>
            db.Enrollments.Any(e => e.Id == c.EnrollmentId && e.CohortId == world.CohortId))));
    }

    [SkippableFact]
    public async Task A_preview_confirmed_after_another_instructor_changed_the_cohort_is_refused_as_a_conflict_and_shown_again()
    {
        var (world, _, _, _, _) = await CohortAsync();
        var lead = await world.SignedInAsync(world.Lead);
        var preview = await lead.OpenAsync(world.Close);
        // Meanwhile a recruit joins (as joining with a code does, the cohort's version moves on).
        var (_, latecomer) = await world.EnrolAsync();
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Cohorts.SingleAsync(c => c.Id == world.CohortId)).Touch(Factory.Now);
            return await db.SaveChangesAsync();
        });

        var refused = await lead.SubmitAndFollowAsync(preview, "close-cohort", ("Closing.Confirmed", "true"));

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains(CohortAccess.ConflictMessage, refused.Text);
        Assert.Equal("will not complete", HtmlPage.Normalize(Outlook(refused, latecomer)?.QuerySelector("[data-testid=outlook-result]")?.TextContent));
        Assert.Equal((await Scheduling.VersionAsync(world.CohortId)).ToString(), refused.FieldValue("Closing.Version"));
        Assert.NotEqual(preview.FieldValue("Closing.Version"), refused.FieldValue("Closing.Version"));
        Assert.Equal(CohortState.InProgress, await world.StateAsync());
        Assert.Empty(await world.RecordsAsync());
        Assert.Empty(await world.AuditAsync());
    }

    [SkippableFact]
    public async Task After_closing_the_board_the_recruit_s_progress_and_home_say_the_final_result_not_at_risk_or_not_yet()
    {
        var (world, ana, anaId, bo, boId) = await CohortAsync();
        var lead = await world.SignedInAsync(world.Lead);
        var before = await lead.OpenAsync(world.Board);

        var closed = await lead.SubmitAndFollowAsync(await lead.OpenAsync(world.Close), "close-cohort", ("Closing.Confirmed", "true"));
        var board = await lead.OpenAsync(world.Board);
        var progress = await (await world.SignedInAsync(bo)).OpenAsync(world.Progress);
        var home = await (await world.SignedInAsync(bo)).OpenAsync("/learn");
        var anaHome = await (await world.SignedInAsync(ana)).OpenAsync("/learn");

        Assert.Contains("not yet", before.Text);
        Assert.NotNull(closed.Document.QuerySelector("[data-testid=closed]"));
        Assert.Equal("The cohort is closed: 1 of 2 recruits completed the course.", Text(board, "[data-testid=final-summary]"));
        var final = Assert.Single(board.Document.QuerySelectorAll("[data-testid=final]"));
        Assert.EndsWith("scored 60% on the post-test; the pass mark is 70%.", HtmlPage.Normalize(final.TextContent));
        Assert.Equal(("completed", "not completed"), (Text(board, $"tr[data-enrollment='{anaId}'] [data-testid=result]"),
            Text(board, $"tr[data-enrollment='{boId}'] [data-testid=result]")));
        Assert.Equal("Not completed", Text(progress, "[data-testid=completion-state]"));
        Assert.Contains("What was missing:", progress.Text);
        Assert.Equal("Best score 60% (pass mark 70%): not passed", Text(progress, "[data-testid=post-test] strong"));
        Assert.Contains("scored 60% on the post-test; the pass mark is 70%", Text(home, "[data-testid=final-result]"));
        Assert.StartsWith("Not completed", Text(home, "[data-testid=final-result]"));
        Assert.StartsWith("Completed You completed the course.", Text(anaHome, "[data-testid=final-result]"));
        foreach (var page in new[] { board, progress, home })
            foreach (var words in new[] { "at risk", "not yet", "Not completed yet", "Still missing" })
                Assert.DoesNotContain(words, page.Text, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task The_preview_reads_in_Russian_and_in_Kyrgyz()
    {
        var (world, _, _, _, boId) = await CohortAsync();

        var russian = await (await world.SignedInAsync(world.Lead)).Speaking("ru").OpenAsync(world.Close);
        var kyrgyz = await (await world.SignedInAsync(world.Lead)).Speaking("ky").OpenAsync(world.Close);

        Assert.Contains("Кто завершит курс", russian.Text);
        Assert.Equal("не завершит курс", HtmlPage.Normalize(Outlook(russian, boId)?.QuerySelector("[data-testid=outlook-result]")?.TextContent));
        Assert.Contains("итоговый тест: 60%, проходной балл 70%", Missing(russian, boId));
        Assert.Contains("Курсту ким аяктайт", kyrgyz.Text);
        Assert.Equal("курсту аяктабайт", HtmlPage.Normalize(Outlook(kyrgyz, boId)?.QuerySelector("[data-testid=outlook-result]")?.TextContent));
        foreach (var page in new[] { russian, kyrgyz })
            Assert.DoesNotContain("Who will complete", page.Text);
    }

    static AngleSharp.Dom.IElement? Outlook(HtmlPage page, int enrollmentId) =>
        page.Document.QuerySelector($"[data-testid=outlook][data-enrollment='{enrollmentId}']");

    static IReadOnlyList<string> Missing(HtmlPage page, int enrollmentId) =>
        [.. Outlook(page, enrollmentId)?.QuerySelectorAll("[data-testid=outlook-missing] li").Select(li => HtmlPage.Normalize(li.TextContent)) ?? []];

    static string Text(HtmlPage page, string selector) => HtmlPage.Normalize(page.Document.QuerySelector(selector)?.TextContent);

    public sealed class OnSqlite(SqliteLmsFactory factory) : ClosingPreviewTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ClosingPreviewTests(factory), IClassFixture<PostgresLmsFactory>;
}
