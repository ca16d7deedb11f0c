using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Completion;

public abstract class ClosingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Closing_is_refused_while_a_post_test_attempt_is_started_and_not_submitted()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, settled) = await world.EnrolAsync();
        var (_, open) = await world.EnrolAsync();
        await world.ResultsAsync(settled, pre: 50m, post: 80m);
        await world.StartAttemptAsync(open, TestKind.Post);
        var openName = await NameAsync(open);
        var lead = await world.SignedInAsync(world.Lead);

        var page = await lead.OpenAsync(world.Close);
        var posted = await lead.SubmitAndFollowAsync(page, "close-cohort", ("Closing.ConfirmMissingRollCalls", "true"));

        Assert.Contains(openName, page.Document.QuerySelector("[data-testid=open-post-tests]")!.TextContent);
        Assert.Contains($"{CloseCohort.UnsettledRetakes}: {openName}.", posted.Text);
        Assert.Equal(CohortState.InProgress, await world.StateAsync());
        Assert.Empty(await world.RecordsAsync());
    }

    [SkippableFact]
    public async Task Closing_records_every_active_recruit_s_completion_completes_the_cohort_and_is_audited_once()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, complete) = await world.EnrolAsync();
        var (_, missed) = await world.EnrolAsync();
        var (_, withdrawn) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (complete, Present), (missed, Absent), (withdrawn, Present));
        await world.MarkAsync(world.FirstWorkshop, (complete, Present), (missed, Present), (withdrawn, Present));
        await world.ResultsAsync(complete, pre: 50m, post: 80m);
        await world.ResultsAsync(missed, pre: 50m, post: 60m);
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Enrollments.SingleAsync(e => e.Id == withdrawn)).Withdraw(world.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });
        var lead = await world.SignedInAsync(world.Lead);

        var page = await lead.OpenAsync(world.Close);
        var unconfirmed = await lead.SubmitAndFollowAsync(page, "close-cohort");
        var closed = await lead.SubmitAndFollowAsync(await lead.OpenAsync(world.Close), "close-cohort", ("Closing.ConfirmMissingRollCalls", "true"),
            ("Closing.Confirmed", "true"));

        Assert.Contains("Module 3 'Making a referral' on", page.Document.QuerySelector("[data-testid=without-roll-call]")!.TextContent);
        Assert.Contains(CloseCohort.ConfirmMissingRollCalls, unconfirmed.Text);
        Assert.Contains("The cohort is closed. 0 of 2 recruits completed", closed.Text);
        Assert.Equal(CohortState.Completed, await world.StateAsync());
        var records = await world.RecordsAsync();
        Assert.Equal([complete, missed], records.Select(r => r.EnrollmentId));
        // The second workshop had no roll call: 0.75 of module 3's 1.5 hours is missing for everyone.
        Assert.Equal((false, 1.75m, 2m, 80m), (records[0].Completed, records[0].AttendedHours, records[0].RequiredHours, records[0].PostTestPercent));
        Assert.Equal($"needs 0.25 more contact hours: module 3 '{CompletionWorld.WorkshopTitle}' was partly missed", Worded(records[0]));
        Assert.Equal(world.Lead.Id, records[1].DecidedByUserId);
        Assert.Contains("scored 60% on the post-test; the pass mark is 70%", Worded(records[1]).Split('\n'));
        var entry = Assert.Single(await world.AuditAsync());
        Assert.Equal((AuditSubject.Cohort, AuditAction.Closed), (entry.Subject, entry.Action));
        Assert.Contains("\"Completed\":0", entry.After);
    }

    [SkippableFact]
    public async Task After_closing_the_progress_page_shows_the_stored_record_not_a_fresh_computation()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Present));
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Present));
        await world.ResultsAsync(enrollment, pre: 50m, post: 80m);
        await CloseAsync(world);
        // A change that went round the frozen record (straight into the database): the page must not follow it.
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.AttendanceRecords.SingleAsync(r => r.SessionId == world.Lecture && r.EnrollmentId == enrollment)).Change(Absent, world.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });

        var page = await (await world.SignedInAsync(recruit)).OpenAsync(world.Progress);

        Assert.Equal("Completed", page.Document.QuerySelector("[data-testid=completion-state]")?.TextContent);
        Assert.Contains("Contact hours: 2.5 attended of 2 required", page.Text);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=completion-final]"));
    }

    [SkippableFact]
    public async Task After_closing_a_recruit_can_no_longer_start_answer_or_submit_a_test()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await world.StartAttemptAsync(enrollment, TestKind.Pre);
        await CloseAsync(world);

        var submit = await UseAsync<SubmitTest.Handler, decimal>(recruit, h =>
            h.HandleAsync(world.CohortId, TestKind.Pre, new SubmitTest.Command { Attempt = 1 }, CancellationToken.None));
        var start = await UseAsync<StartTest.Handler, int>(recruit, h =>
            h.HandleAsync(world.CohortId, TestKind.Post, new StartTest.Command { Attempt = 1 }, CancellationToken.None));
        var signedIn = await world.SignedInAsync(recruit);
        var page = await signedIn.OpenAsync($"/learn/cohorts/{world.CohortId}/tests/post");
        var home = await signedIn.OpenAsync("/learn");

        Assert.Equal(TestText.CohortClosed, Assert.Single(submit.Errors).ErrorMessage);
        Assert.Equal(TestText.CohortClosed, Assert.Single(start.Errors).ErrorMessage);
        Assert.Contains(TestText.CohortClosed, page.Text);
        // The recruit's home no longer offers either test, and says why.
        Assert.DoesNotContain("post-test", string.Join(" ", home.Document.QuerySelectorAll("a").Select(a => a.TextContent)),
            StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The cohort is closed; you did not take it.", home.Text);
        var attempts = await Factory.WithDatabaseAsync(db => db.TestAttempts.AsNoTracking().Where(a => a.EnrollmentId == enrollment).ToListAsync());
        Assert.Null(Assert.Single(attempts).SubmittedAt);
    }

    [SkippableFact]
    public async Task A_paper_test_entered_after_closing_needs_a_reason_and_rewrites_the_completion_record()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Present));
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Present));
        await world.ResultsAsync(enrollment, pre: 50m, post: null);
        await CloseAsync(world);
        var before = Assert.Single(await world.RecordsAsync());

        var blank = await UseAsync<EnterPaperTest.Handler, decimal>(world.Lead, h => h.HandleAsync(world.CohortId, enrollment, TestKind.Post,
            new EnterPaperTest.Command { Attempt = 1, Answers = [] }, CancellationToken.None));
        var entered = await UseAsync<EnterPaperTest.Handler, decimal>(world.Lead, h => h.HandleAsync(world.CohortId, enrollment, TestKind.Post,
            new EnterPaperTest.Command { Attempt = 1, Answers = [], Reason = "The paper was found in the classroom after closing." }, CancellationToken.None));

        Assert.Equal(EnterPaperTest.ClosedNeedsReason, Assert.Single(blank.Errors).ErrorMessage);
        Assert.True(entered.Succeeded);
        Assert.Equal("has not passed the post-test yet (pass mark 70%)", Worded(before));
        var after = Assert.Single(await world.RecordsAsync());
        Assert.Equal(0m, after.PostTestPercent);
        Assert.Equal("scored 0% on the post-test; the pass mark is 70%", Worded(after));
        var entry = (await world.AuditAsync()).Last();
        Assert.Equal(AuditAction.PaperTestEntered, entry.Action);
        Assert.Contains("The paper was found in the classroom after closing.", entry.After);
    }

    [SkippableFact]
    public async Task A_pre_test_waived_after_closing_rewrites_the_record_and_a_record_is_refreshed_only_in_a_closed_cohort()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var open = await CompletionWorld.CreateAsync(Factory, world.InstitutionId, world.Lead);
        var (_, enrollment) = await world.EnrolAsync();
        var (_, elsewhere) = await open.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Present));
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Present));
        await world.ResultsAsync(enrollment, pre: null, post: 80m);
        await CloseAsync(world);
        var before = Assert.Single(await world.RecordsAsync());
        var version = await Factory.WithDatabaseAsync(db => db.Enrollments.Where(e => e.Id == enrollment).Select(e => e.Version).SingleAsync());

        var waived = await UseAsync<WaivePreTest.Handler, int>(world.Lead, h => h.HandleAsync(world.CohortId, enrollment,
            new WaivePreTest.Command { Version = version, Reason = "Was on duty at the election; agreed with the academy." },
            CancellationToken.None));
        await Factory.WithServicesAsync(services =>
            services.GetRequiredService<CompletionRecords>().RefreshAsync(elsewhere, world.Lead.Id, CancellationToken.None));

        Assert.True(waived.Succeeded);
        Assert.Equal((false, "has not taken the pre-test (an instructor may waive it)"), (before.Completed, Worded(before)));
        var after = Assert.Single(await world.RecordsAsync());
        Assert.Equal((true, ""), (after.Completed, Worded(after)));
        Assert.Empty(await open.RecordsAsync());
    }

    [SkippableFact]
    public async Task A_mark_corrected_after_closing_with_a_reason_rewrites_the_completion_record_in_the_same_save()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Absent));
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Present));
        await world.ResultsAsync(enrollment, pre: 50m, post: 80m);
        await CloseAsync(world);
        var before = Assert.Single(await world.RecordsAsync());

        await Factory.WithServicesAsync(async services =>
        {
            var write = await services.GetRequiredService<Features.Attendance.AttendanceBook>().RecordAsync(world.Lecture, null,
                new Dictionary<int, AttendanceMark> { [enrollment] = Present }, AttendanceSource.RollCall, world.Lead.Id,
                "The sign-in sheet shows the recruit signed in; the mark was typed wrongly.", CancellationToken.None);
            Assert.False(write.Conflicted || write.Refused is not null, write.Refused);
        });

        Assert.False(before.Completed);
        Assert.StartsWith("needs ", Worded(before));
        var after = Assert.Single(await world.RecordsAsync());
        Assert.Equal((true, ""), (after.Completed, Worded(after)));
        Assert.True(after.AttendedHours > before.AttendedHours, $"{after.AttendedHours} attended after, {before.AttendedHours} before");
        var change = await Factory.WithDatabaseAsync(db => db.AttendanceChanges.AsNoTracking()
            .Where(c => c.EnrollmentId == enrollment && c.SessionId == world.Lecture).OrderBy(c => c.Id).LastAsync());
        Assert.Equal((Absent, Present), (change.Before, change.After));
        Assert.Contains("typed wrongly", change.Reason);
    }

    // The race closing must win: a roll call has read the cohort (still open) and is about to save when the cohort is
    // closed. The roll call's `alongside` step runs just before its save, so the close is made to happen exactly there.
    [SkippableFact]
    public async Task A_roll_call_that_read_the_cohort_before_it_was_closed_saves_nothing_and_the_records_stay_true()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Absent));
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Present));
        await world.ResultsAsync(enrollment, pre: 50m, post: 80m);

        AttendanceWrite? write = null;
        await Factory.WithServicesAsync(async services => write = await services.GetRequiredService<AttendanceBook>().RecordAsync(
            world.Lecture, null, new Dictionary<int, AttendanceMark> { [enrollment] = Present }, AttendanceSource.RollCall,
            world.Lead.Id, null, CancellationToken.None, alongside: _ => CloseAsync(world).GetAwaiter().GetResult()));

        Assert.Equal(AttendanceBook.ClosedMeanwhile, write!.Refused);
        Assert.Equal(CohortState.Completed, await world.StateAsync());
        var mark = await Factory.WithDatabaseAsync(db => db.AttendanceRecords.AsNoTracking()
            .Where(r => r.SessionId == world.Lecture && r.EnrollmentId == enrollment).Select(r => r.Mark).SingleAsync());
        Assert.Equal(Absent, mark);
        var stored = Assert.Single(await world.RecordsAsync());
        Assert.False(stored.Completed);
        Assert.StartsWith("needs ", Worded(stored));
    }

    [SkippableFact]
    public async Task Closing_from_a_page_read_before_another_change_is_refused_and_changes_nothing()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        await world.EnrolAsync();
        var stale = await Scheduling.VersionAsync(world.CohortId);
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Cohorts.SingleAsync(c => c.Id == world.CohortId)).Touch(Factory.Now);
            return await db.SaveChangesAsync();
        });

        var outcome = await UseAsync<CloseCohort.Handler, (int, int)>(world.Lead, h => h.HandleAsync(world.CohortId,
            new CloseCohort.Command { Version = stale, ConfirmMissingRollCalls = true, Confirmed = true }, CancellationToken.None));

        Assert.Equal(CohortAccess.ConflictMessage, Assert.Single(outcome.Errors).ErrorMessage);
        Assert.Equal(CohortState.InProgress, await world.StateAsync());
        Assert.Empty(await world.RecordsAsync());
        Assert.Empty(await world.AuditAsync());
    }

    [SkippableFact]
    public async Task Retakes_and_pre_test_extensions_are_refused_once_the_cohort_is_closed()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        await CloseAsync(world);
        var version = await Factory.WithDatabaseAsync(db => db.Enrollments.Where(e => e.Id == enrollment).Select(e => e.Version).SingleAsync());

        var retake = await UseAsync<GrantRetake.Handler, int>(world.Lead, h => h.HandleAsync(world.CohortId, enrollment,
            new GrantRetake.Command { Version = version }, CancellationToken.None));

        Assert.Equal(TestText.ClosedForInstructors, Assert.Single(retake.Errors).ErrorMessage);
    }

    [SkippableFact]
    public async Task The_state_form_cannot_complete_a_cohort_only_closing_can()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        await world.EnrolAsync();

        var outcome = await UseAsync<ChangeCohortState.Handler, CohortState>(world.Lead, async h => await h.HandleAsync(new ChangeCohortState.Command
        {
            CohortId = world.CohortId, Version = await Scheduling.VersionAsync(world.CohortId), Target = CohortState.Completed,
        }, CancellationToken.None));
        var cohortPage = await (await world.SignedInAsync(world.Lead)).OpenAsync($"/cohorts/{world.CohortId}");

        Assert.Equal(ChangeCohortState.ClosingOnly, Assert.Single(outcome.Errors).ErrorMessage);
        Assert.Equal(CohortState.InProgress, await world.StateAsync());
        Assert.Empty(await world.RecordsAsync());
        Assert.DoesNotContain(cohortPage.Document.QuerySelectorAll("button"), b => b.TextContent.Trim() == "Complete");
        Assert.Contains(cohortPage.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"cohorts/{world.CohortId}/close");
    }

    [SkippableFact]
    public async Task A_published_cohort_can_be_closed_only_once_its_last_session_has_ended()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        await Factory.WithDatabaseAsync(async db =>
        {
            var cohort = await db.Cohorts.Include(c => c.Sessions).SingleAsync(c => c.Id == world.CohortId);
            db.PutInState(cohort, CohortState.Published);
            var last = cohort.Sessions.Single(s => s.Id == world.SecondWorkshop);
            last.Reschedule(Factory.Now.AddHours(1), Factory.Now.AddHours(2), "Room 1");
            return await db.SaveChangesAsync();
        });

        var page = await (await world.SignedInAsync(world.Lead)).OpenAsync(world.Close);

        Assert.Contains("The cohort cannot be closed before its last session has ended.", page.Text);
        Assert.Null(page.Form("close-cohort"));
        Assert.Null(CohortRules.CloseRefusal(CohortState.Published, Factory.Now.AddMinutes(-1), Factory.Now));
    }

    async Task CloseAsync(CompletionWorld world)
    {
        var outcome = await UseAsync<CloseCohort.Handler, (int, int)>(world.Lead, async h => await h.HandleAsync(world.CohortId,
            new CloseCohort.Command { Version = await Scheduling.VersionAsync(world.CohortId), ConfirmMissingRollCalls = true, Confirmed = true },
            CancellationToken.None));
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
    }

    Task<string> NameAsync(int enrollmentId) => Factory.WithDatabaseAsync(db =>
        db.Enrollments.Where(e => e.Id == enrollmentId).Join(db.Users, e => e.RecruitUserId, u => u.Id, (e, u) => u.DisplayName).SingleAsync());

    Task<Outcome<T>> UseAsync<THandler, T>(Person by, Func<THandler, Task<Outcome<T>>> act) where THandler : notnull =>
        Factory.AsAsync(by, services => act(services.GetRequiredService<THandler>()));

    public sealed class OnSqlite(SqliteLmsFactory factory) : ClosingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ClosingTests(factory), IClassFixture<PostgresLmsFactory>;

    // A stored record's missing items as the reader (here in English) reads them, one line each.
    static string Worded(CompletionRecord record) => string.Join('\n', MissingWords.Lines(MissingItem.Read(record.Missing)));
}
