using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Features.MakeUps;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.MakeUps;

public abstract class MakeUpTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_make_up_scheduled_on_its_page_is_marked_as_one_and_adds_nothing_to_the_modules_time()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var lastDay = await world.LastDayAsync();
        var form = await world.World.Instructor.OpenAsync($"{world.Page}/make-up/new?module={world.Workshop}");

        var saved = await world.World.Instructor.SubmitAsync(form, "make-up", ("Input.Date", lastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Input.StartTime", "13:00"), ("Input.EndTime", "16:00"), ("Input.Location", "Room 4"), ("Input.ConfirmPast", "true"));

        var makeUp = await Factory.WithDatabaseAsync(db => db.CohortSessions.AsNoTracking().Include(s => s.Slots).Include(s => s.Instructors)
            .SingleAsync(s => s.CohortId == world.CohortId && s.IsMakeUp));
        Assert.Equal($"/cohorts/{world.CohortId}/sessions/{makeUp.Id}/make-up", Visitor.RedirectPath(saved));
        Assert.Equal(world.Workshop, makeUp.CourseModuleId);
        Assert.Equal([world.World.Lead.Id], makeUp.Instructors.Select(i => i.UserId));
        var moduleSlots = await Factory.WithDatabaseAsync(db => db.CourseModules.Where(m => m.Id == world.Workshop).SelectMany(m => m.Slots).CountAsync());
        Assert.Equal(moduleSlots, makeUp.Slots.Count);
        var review = await world.UseAsync<ScheduleReview, ScheduleReview.Result>(r => r.HandleAsync(world.CohortId, CancellationToken.None));
        var workshop = review.Modules.Single(m => m.ModuleId == world.Workshop).Time;
        Assert.Equal((1, 180), (workshop.Sessions, workshop.ScheduledMinutes));
        Assert.Contains(await world.World.AuditAsync(), e => e.Action == AuditAction.MakeUpSessionScheduled);
        var cohortPage = await world.World.Instructor.OpenAsync(world.Page);
        Assert.Single(cohortPage.Document.QuerySelectorAll("[data-testid=make-up]"));
        Assert.Contains(MakeUpLinks.New(world.CohortId, world.Lecture), cohortPage.Links);
    }

    [SkippableFact]
    public async Task A_make_up_is_refused_for_a_draft_cohort_and_for_a_form_read_before_someone_elses_change()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var version = await Scheduling.VersionAsync(world.CohortId);
        var command = new ScheduleSession.Command
        {
            CohortId = world.CohortId, Version = version, ModuleId = world.Workshop, Date = await world.LastDayAsync(),
            StartTime = new TimeOnly(13, 0), EndTime = new TimeOnly(16, 0), Location = "Room 4", InstructorIds = [world.World.Lead.Id],
        };
        await world.MakeUpAsync(world.Lecture, startHour: 17, hours: 2);

        var stale = await world.ScheduleAsync(command);
        await world.MoveCohortToAsync(CohortState.Draft);
        command.Version = await Scheduling.VersionAsync(world.CohortId);
        var draft = await world.ScheduleAsync(command);

        Assert.Equal([CohortAccess.ConflictMessage], stale.Errors.Select(e => e.ErrorMessage));
        Assert.Equal([ScheduleSession.MakeUpsWhileRunning], draft.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(1, await Factory.WithDatabaseAsync(db => db.CohortSessions.CountAsync(s => s.CohortId == world.CohortId && s.IsMakeUp)));
    }

    [SkippableFact]
    public async Task The_recruits_offered_for_a_make_up_are_exactly_those_absent_excused_or_late_in_the_module()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var (present, absent, excused, late, missedOtherModule, withdrawn) =
            ((await world.EnrolAsync()).EnrollmentId, (await world.EnrolAsync()).EnrollmentId, (await world.EnrolAsync()).EnrollmentId,
             (await world.EnrolAsync()).EnrollmentId, (await world.EnrolAsync()).EnrollmentId, (await world.EnrolAsync()).EnrollmentId);
        await world.MarkAsync(world.WorkshopSession, (present, AttendanceMark.Present), (absent, AttendanceMark.Absent),
            (excused, AttendanceMark.Excused), (late, AttendanceMark.Late), (missedOtherModule, AttendanceMark.Present),
            (withdrawn, AttendanceMark.Absent));
        await world.MarkAsync(world.LectureSession, (missedOtherModule, AttendanceMark.Absent));
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Enrollments.SingleAsync(e => e.Id == withdrawn)).Withdraw(world.World.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });
        var makeUp = await world.MakeUpAsync(world.Workshop);

        var page = await world.World.Instructor.OpenAsync($"{world.Page}/sessions/{makeUp}/make-up");

        var offered = page.Document.QuerySelectorAll("[data-testid=offered] input[type=checkbox]").Select(i => int.Parse(i.GetAttribute("value")!, CultureInfo.InvariantCulture));
        Assert.Equal(new[] { absent, excused, late }.Order(), offered.Order());
        Assert.Contains("Excused on", page.Text);
    }

    [SkippableFact]
    public async Task Moving_the_ticked_recruits_seats_them_and_the_make_ups_roll_call_lists_only_them()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var (absent, excused, late) = ((await world.EnrolAsync()).EnrollmentId, (await world.EnrolAsync()).EnrollmentId, (await world.EnrolAsync()).EnrollmentId);
        await world.MarkAsync(world.WorkshopSession, (absent, AttendanceMark.Absent), (excused, AttendanceMark.Excused), (late, AttendanceMark.Late));
        var makeUp = await world.MakeUpAsync(world.Workshop);
        var url = $"{world.Page}/sessions/{makeUp}/make-up";

        var after = await world.World.Instructor.SubmitAndFollowAsync(await world.World.Instructor.OpenAsync(url), "move-into-make-up",
            ("Move.EnrollmentIds", absent.ToString(CultureInfo.InvariantCulture)), ("Move.EnrollmentIds", excused.ToString(CultureInfo.InvariantCulture)));

        var seats = await Factory.WithDatabaseAsync(db => db.MakeUpSeats.Where(s => s.SessionId == makeUp).Select(s => s.EnrollmentId).ToListAsync());
        Assert.Equal(new[] { absent, excused }.Order(), seats.Order());
        var roster = await world.UseAsync<SessionRoster, IReadOnlyList<int>>(r => r.EnrollmentIdsAsync(makeUp, CancellationToken.None));
        Assert.Equal(new[] { absent, excused }.Order(), roster.Order());
        Assert.Contains("2 recruits were moved into the make-up session.", after.Text);
        Assert.Equal([late.ToString(CultureInfo.InvariantCulture)],
            after.Document.QuerySelectorAll("[data-testid=offered] input[type=checkbox]").Select(i => i.GetAttribute("value")));
        Assert.Contains(await world.World.AuditAsync(), e => e.Action == AuditAction.RecruitsMovedIntoMakeUp);
    }

    [SkippableFact]
    public async Task A_recruit_who_did_not_miss_the_module_cannot_be_moved_in()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var (present, absent) = ((await world.EnrolAsync()).EnrollmentId, (await world.EnrolAsync()).EnrollmentId);
        await world.MarkAsync(world.WorkshopSession, (present, AttendanceMark.Present), (absent, AttendanceMark.Absent));
        var makeUp = await world.MakeUpAsync(world.Workshop);

        var refused = await MoveAsync(world, makeUp, present, absent);

        Assert.False(refused.Succeeded);
        Assert.Contains("absent, excused or late", refused.Errors.Single().ErrorMessage);
        Assert.Equal(0, await Factory.WithDatabaseAsync(db => db.MakeUpSeats.CountAsync(s => s.SessionId == makeUp)));
    }

    [SkippableFact]
    public async Task A_recruit_is_taken_out_of_a_make_up_only_while_they_have_no_mark_in_it()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var (marked, unmarked) = ((await world.EnrolAsync()).EnrollmentId, (await world.EnrolAsync()).EnrollmentId);
        await world.MarkAsync(world.WorkshopSession, (marked, AttendanceMark.Absent), (unmarked, AttendanceMark.Excused));
        var makeUp = await world.MakeUpAsync(world.Workshop);
        Assert.True((await MoveAsync(world, makeUp, marked, unmarked)).Succeeded);
        await world.MarkAsync(makeUp, (marked, AttendanceMark.Present));

        var page = await world.World.Instructor.OpenAsync($"{world.Page}/sessions/{makeUp}/make-up");
        var keep = await TakeOutAsync(world, makeUp, marked);
        var leave = await TakeOutAsync(world, makeUp, unmarked);

        Assert.Equal([unmarked.ToString(CultureInfo.InvariantCulture)],
            page.Document.QuerySelectorAll("[data-testid=seated] button[name=TakeOut]").Select(b => b.GetAttribute("value")));
        Assert.Contains("already has a mark", keep.Errors.Single().ErrorMessage);
        Assert.True(leave.Succeeded);
        Assert.Equal([marked], await Factory.WithDatabaseAsync(db => db.MakeUpSeats.Where(s => s.SessionId == makeUp).Select(s => s.EnrollmentId).ToListAsync()));
    }

    [SkippableFact]
    public async Task An_excused_recruit_who_attends_the_make_up_then_meets_the_attendance_requirement()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var recruit = (await world.EnrolAsync()).EnrollmentId;
        await world.MarkAsync(world.LectureSession, (recruit, AttendanceMark.Present));
        await world.MarkAsync(world.WorkshopSession, (recruit, AttendanceMark.Excused));
        var before = await world.CompletionAsync(recruit);
        var makeUp = await world.MakeUpAsync(world.Workshop);
        Assert.True((await MoveAsync(world, makeUp, recruit)).Succeeded);

        await world.MarkAsync(makeUp, (recruit, AttendanceMark.Present));
        var after = await world.CompletionAsync(recruit);

        Assert.Contains(before.Missing, m => m.StartsWith("needs 1 more contact hour: module 3 ", StringComparison.Ordinal) && m.EndsWith("was missed", StringComparison.Ordinal));
        Assert.DoesNotContain(after.Missing, m => m.Contains("more contact hour", StringComparison.Ordinal));
        Assert.Equal((1m, 2.5m), (before.AttendedHours, after.AttendedHours));
    }

    [SkippableFact]
    public async Task A_session_with_attendance_is_never_removed_and_the_instructor_is_told_why()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var recruit = (await world.EnrolAsync()).EnrollmentId;
        await world.MarkAsync(world.WorkshopSession, (recruit, AttendanceMark.Absent));
        var (marked, empty) = (await world.MakeUpAsync(world.Workshop), await world.MakeUpAsync(world.Workshop, startHour: 17, hours: 2));
        Assert.True((await MoveAsync(world, marked, recruit)).Succeeded);
        await world.MarkAsync(marked, (recruit, AttendanceMark.Present));

        var keptMakeUp = await RemoveAsync(world, marked);
        var markedPage = await world.World.Instructor.OpenAsync($"{world.Page}/sessions/{marked}/make-up");
        var emptyPage = await world.World.Instructor.OpenAsync($"{world.Page}/sessions/{empty}/make-up");
        var removedMakeUp = await world.World.Instructor.SubmitAsync(emptyPage, "remove-make-up");
        await world.MoveCohortToAsync(CohortState.Draft);
        var keptRegular = await RemoveAsync(world, world.WorkshopSession);
        var redrafted = await world.UseAsync<DraftSchedule.Handler, Outcome<DraftSchedule.Drafted>>(async h => await h.HandleAsync(new DraftSchedule.Command
        {
            CohortId = world.CohortId, Version = await Scheduling.VersionAsync(world.CohortId), StartDate = await world.LastDayAsync(),
            Days = Scheduling.Weekdays.Concat([DayOfWeek.Saturday, DayOfWeek.Sunday]).ToArray(), Location = "Room 9",
            InstructorIds = [world.World.Lead.Id], ReplaceExisting = true,
        }, CancellationToken.None));

        Assert.Equal([RemoveSession.HasAttendance], keptMakeUp.Errors.Select(e => e.ErrorMessage));
        Assert.Null(markedPage.Form("remove-make-up"));
        Assert.Equal(world.Page, Visitor.RedirectPath(removedMakeUp));
        Assert.Equal([RemoveSession.HasAttendance], keptRegular.Errors.Select(e => e.ErrorMessage));
        Assert.Contains("already have attendance marks", redrafted.Errors.Single().ErrorMessage);
        var left = await Factory.WithDatabaseAsync(db => db.CohortSessions.Where(s => s.CohortId == world.CohortId).Select(s => s.Id).ToListAsync());
        Assert.Equal(new[] { world.LectureSession, world.WorkshopSession, marked }.Order(), left.Order());
    }

    [SkippableFact]
    public async Task Only_the_recruits_moved_in_see_a_make_up_session_and_calendars_label_it()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var (seated, other) = (await world.EnrolAsync(), await world.EnrolAsync());
        await world.MarkAsync(world.WorkshopSession, (seated.EnrollmentId, AttendanceMark.Absent), (other.EnrollmentId, AttendanceMark.Absent));
        // The workshop was held (its roll call is taken); the make-up is still to come, tomorrow, so pages list it.
        var tomorrow = DateOnly.FromDateTime(Factory.Now).AddDays(1);
        await world.RunsUntilAsync(tomorrow);
        var makeUp = await world.MakeUpAsync(world.Workshop, on: tomorrow);
        Assert.True((await MoveAsync(world, makeUp, seated.EnrollmentId)).Succeeded);
        var key = await Factory.WithDatabaseAsync(db => db.CourseModules.Where(m => m.Id == world.Workshop).Select(m => m.Key).SingleAsync());
        var (seatedVisitor, otherVisitor) = (NewVisitor(), NewVisitor());
        await seatedVisitor.SignInAsync(seated.Person);
        await otherVisitor.SignInAsync(other.Person);

        var module = $"/learn/cohorts/{world.CohortId}/modules/{key}";
        var (seatedModule, otherModule) = (await seatedVisitor.OpenAsync(module), await otherVisitor.OpenAsync(module));
        var (seatedHome, otherHome) = (await seatedVisitor.OpenAsync("/learn"), await otherVisitor.OpenAsync("/learn"));
        var feed = (await NewVisitor().GetAsync($"/calendar/cohort/{world.World.CalendarToken}.ics")).Content;
        var calendar = (await feed.ReadAsStringAsync()).Replace("\r\n ", "", StringComparison.Ordinal);

        Assert.Contains("Make-up session:", seatedModule.Text);
        Assert.DoesNotContain("Make-up", otherModule.Text);
        Assert.Contains("Make-up:", seatedHome.Text);
        Assert.DoesNotContain("Make-up", otherHome.Text);
        Assert.Single(calendar.Split('\n'), line => line.StartsWith("SUMMARY:", StringComparison.Ordinal) && line.Contains("Make-up: ", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_post_test_opens_after_the_last_regular_session_however_late_a_make_up_is()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var recruit = (await world.EnrolAsync()).EnrollmentId;
        await world.MakeUpAsync(world.Workshop, startHour: 17, hours: 3);
        var lastRegularEnd = await Factory.WithDatabaseAsync(db => db.CohortSessions.Where(s => s.Id == world.WorkshopSession).Select(s => s.EndsAt).SingleAsync());

        var sitting = await world.UseAsync<Sittings, Sitting?>(s => s.OfEnrollmentAsync(world.CohortId, recruit, TestKind.Post, CancellationToken.None));

        Assert.Equal(lastRegularEnd, sitting!.Window.OpensAt);
    }

    [SkippableFact]
    public async Task The_make_up_pages_are_the_cohorts_instructors_own()
    {
        var world = await AttendanceWorld.CreateAsync(Factory);
        var makeUp = await world.MakeUpAsync(world.Workshop);
        var (officer, _) = await SignedInAsync(Roles.ProgramOfficer);
        var following = await People.CreateAsync(Roles.ProgramOfficer, null, [world.World.InstitutionId]);
        var followingVisitor = NewVisitor();
        await followingVisitor.SignInAsync(following);
        var (stranger, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        var seats = $"{world.Page}/sessions/{makeUp}/make-up";

        Assert.Equal(HttpStatusCode.OK, (await world.World.Instructor.GetAsync(seats)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.World.Instructor.GetAsync($"{world.Page}/sessions/{world.WorkshopSession}/make-up")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await followingVisitor.GetAsync(seats)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await followingVisitor.GetAsync($"{world.Page}/make-up/new?module={world.Workshop}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(seats)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(seats)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"{world.Page}/make-up/new?module={world.Workshop}")).StatusCode);
        var refused = await world.ScheduleAsync(new ScheduleSession.Command
        {
            CohortId = world.CohortId, Version = await Scheduling.VersionAsync(world.CohortId), ModuleId = world.Workshop,
            Date = await world.LastDayAsync(), StartTime = new TimeOnly(17, 0), EndTime = new TimeOnly(18, 0), Location = "Room 7",
            InstructorIds = [following.Id],
        }, following);
        Assert.Equal([CohortAccess.ReadOnlyMessage], refused.Errors.Select(e => e.ErrorMessage));
    }

    static Task<Outcome<int>> MoveAsync(AttendanceWorld world, int makeUp, params int[] enrollmentIds) =>
        world.UseAsync<MoveIntoMakeUp.Handler, Outcome<int>>(h => h.HandleAsync(
            new MoveIntoMakeUp.Command { CohortId = world.CohortId, SessionId = makeUp, EnrollmentIds = enrollmentIds },
            CancellationToken.None));

    static Task<Outcome<int>> TakeOutAsync(AttendanceWorld world, int makeUp, int enrollmentId) =>
        world.UseAsync<TakeOutOfMakeUp.Handler, Outcome<int>>(h => h.HandleAsync(world.CohortId, makeUp, enrollmentId,
            CancellationToken.None));

    async Task<Outcome<int>> RemoveAsync(AttendanceWorld world, int sessionId)
    {
        var version = await Scheduling.VersionAsync(world.CohortId);
        return await world.UseAsync<RemoveSession.Handler, Outcome<int>>(h => h.HandleAsync(
            new RemoveSession.Command { CohortId = world.CohortId, Version = version, SessionId = sessionId },
            CancellationToken.None));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : MakeUpTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : MakeUpTests(factory), IClassFixture<PostgresLmsFactory>;
}
