using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

public abstract class InstructorTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Extending_the_pre_test_lets_a_late_recruit_take_it_and_is_recorded()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync(Factory.Now.AddDays(-8.5));
        var lead = await world.SignedInAsync(world.Lead);
        var tomorrow = TimeZoneInfo.ConvertTimeFromUtc(Factory.Now.AddDays(1), TimeZoneInfo.FindSystemTimeZoneById("Africa/Accra"));

        var page = await lead.SubmitAndFollowAsync(await lead.OpenAsync(RecruitPage(world, enrollment)), "extend-pre-test",
            ("Extend.Date", tomorrow.ToString("yyyy-MM-dd")), ("Extend.Time", "17:30"));
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "pre");
        var started = await taker.StartAsync();

        Assert.Contains("Open until", page.Text);
        Assert.Equal(taker.Question(1), started.Path);
        var stored = await Factory.WithDatabaseAsync(db => db.Enrollments.SingleAsync(e => e.Id == enrollment));
        Assert.Equal(new DateTime(tomorrow.Year, tomorrow.Month, tomorrow.Day, 17, 30, 0), TimeZoneInfo.ConvertTimeFromUtc(stored.PreTestExtendedUntil!.Value,
            TimeZoneInfo.FindSystemTimeZoneById("Africa/Accra")));
        var entry = Assert.Single(await world.AuditAsync());
        Assert.Equal((AuditSubject.PreTest, AuditAction.WindowExtended, world.Lead.Id), (entry.Subject, entry.Action, entry.UserId));
        Assert.Contains(recruit.Id, entry.After);
    }

    [SkippableFact]
    public async Task Waiving_the_pre_test_needs_a_reason_and_then_closes_it_for_the_recruit()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var lead = await world.SignedInAsync(world.Lead);

        var blank = await lead.SubmitAndFollowAsync(await lead.OpenAsync(RecruitPage(world, enrollment)), "waive-pre-test", ("Waive.Reason", "  "));
        await lead.SubmitAndFollowAsync(await lead.OpenAsync(RecruitPage(world, enrollment)), "waive-pre-test",
            ("Waive.Reason", "Joined in week 3 after a transfer."));
        var start = await (await world.SignedInAsync(recruit)).OpenAsync($"/learn/cohorts/{world.CohortId}/tests/pre");

        Assert.Contains("Write why this recruit does not take the pre-test", blank.Text);
        Assert.Contains("Your instructor waived your pre-test", start.Text);
        var stored = await Factory.WithDatabaseAsync(db => db.Enrollments.SingleAsync(e => e.Id == enrollment));
        Assert.Equal(("Joined in week 3 after a transfer.", world.Lead.Id), (stored.PreTestWaiverReason, stored.PreTestWaivedByUserId));
        Assert.Equal(AuditAction.PreTestWaived, Assert.Single(await world.AuditAsync()).Action);
    }

    [SkippableFact]
    public async Task The_post_test_can_be_opened_during_the_last_session_and_not_before()
    {
        var world = await TestWorld.CreateAsync(Factory, Factory.Now.AddDays(-3), Factory.Now.AddMinutes(-30), TimeSpan.FromHours(2));
        var early = await TestWorld.CreateAsync(Factory, Factory.Now.AddDays(-3), Factory.Now.AddHours(3));
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "post");
        var before = await taker.Visitor.OpenAsync(taker.Start);
        var lead = await world.SignedInAsync(world.Lead);
        var earlyLead = await early.SignedInAsync(early.Lead);

        var opened = await lead.SubmitAndFollowAsync(await lead.OpenAsync($"/cohorts/{world.CohortId}/tests"), "open-post-test");
        var tooEarly = await earlyLead.FollowAsync(await earlyLead.PostAsync($"/cohorts/{early.CohortId}/tests",
            [KeyValuePair.Create("_handler", "open-post-test"), Token(await earlyLead.OpenAsync($"/cohorts/{early.CohortId}/tests"))]));
        var started = await taker.StartAsync();

        Assert.Contains("The post-test opens on", before.Text);
        Assert.Contains("opened during the last session", opened.Text);
        Assert.Contains(OpenPostTest.NotYet, tooEarly.Text);
        Assert.Equal(taker.Question(1), started.Path);
        Assert.Equal(TestKind.Post, Assert.Single(await world.AttemptsAsync(enrollment)).Kind);
        Assert.Equal(AuditAction.OpenedDuringLastSession, Assert.Single(await world.AuditAsync()).Action);
        Assert.Null(await Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == early.CohortId).Select(c => c.PostTestOpenedAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_retake_adds_one_attempt_even_when_the_grant_is_posted_twice()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var taker = new Taker(await world.SignedInAsync(recruit), world.CohortId, "post");
        for (var i = 0; i < 2; i++)
        {
            await taker.StartAsync();
            Taker.Redirected(await taker.SubmitAsync());
        }
        var lead = await world.SignedInAsync(world.Lead);
        var page = await lead.OpenAsync(RecruitPage(world, enrollment));

        var first = await lead.SubmitAsync(page, "grant-retake");
        var replay = await lead.SubmitAsync(page, "grant-retake");
        var third = await taker.StartAsync();

        Taker.Redirected(first);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(1, await Factory.WithDatabaseAsync(db => db.Enrollments.Where(e => e.Id == enrollment).Select(e => e.ExtraPostTestAttempts).SingleAsync()));
        Assert.Equal(taker.Question(1), third.Path);
        Assert.Equal([1, 2, 3], (await world.AttemptsAsync(enrollment)).Select(a => a.Number));
        Assert.Equal(AuditAction.RetakeGranted, Assert.Single(await world.AuditAsync()).Action);
    }

    [SkippableFact]
    public async Task A_paper_test_is_scored_by_the_same_rules_and_kept_as_paper_entered_by_the_instructor()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        var questions = await world.QuestionsAsync();
        var lead = await world.SignedInAsync(world.Lead);
        var fields = questions.Select((q, i) => (Number: i + 1, q.Kind, q.Weights))
            .Where(q => q.Number != 2)
            .SelectMany(q => Taker.RightAnswer(q.Kind, q.Weights).Select(f => (f.Item1.Replace("Input.", $"Paper.Answers[{q.Number}]."), f.Item2)))
            .ToArray();
        var form = await lead.OpenAsync($"{RecruitPage(world, enrollment)}/paper/post");

        var bad = await lead.SubmitAsync(form, "paper-test", [.. fields, ("Paper.Answers[1].Chosen", "9")]);
        var saved = await lead.SubmitAsync(form, "paper-test", fields);
        var again = await lead.SubmitAsync(form, "paper-test", fields);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Taker.Redirected(saved);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var attempt = Assert.Single(await world.AttemptsAsync(enrollment));
        var scored = questions.Count(q => q.Kind != QuestionKind.Attitude);
        Assert.Equal((AttemptSource.Paper, world.Lead.Id, Math.Round(100m * (scored - 1) / scored, 1)),
            (attempt.Source, attempt.EnteredByUserId, attempt.ScorePercent));
        Assert.Equal(questions.Count - 1, (await world.AnswersAsync(enrollment)).Count);
        Assert.Equal(AuditAction.PaperTestEntered, Assert.Single(await world.AuditAsync()).Action);
    }

    [SkippableFact]
    public async Task Only_the_cohorts_own_instructors_may_decide_about_its_recruits_tests()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        var colleague = await world.SignedInAsync(await People.CreateAsync(Roles.Instructor, world.InstitutionId));
        var elsewhere = await world.SignedInAsync(await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync()));
        var token = Token(await colleague.OpenAsync("/Account/Manage"));

        var page = await colleague.GetAsync(RecruitPage(world, enrollment));
        var grant = await colleague.PostAsync(RecruitPage(world, enrollment),
            [KeyValuePair.Create("_handler", "grant-retake"), KeyValuePair.Create("Retake.Version", "1"), token]);
        var hidden = await elsewhere.GetAsync(RecruitPage(world, enrollment));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, grant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(0, await Factory.WithDatabaseAsync(db => db.Enrollments.Where(e => e.Id == enrollment).Select(e => e.ExtraPostTestAttempts).SingleAsync()));
        Assert.Empty(await world.AuditAsync());
    }

    [SkippableFact]
    public async Task The_recruits_tests_page_speaks_to_the_instructor_not_to_the_recruit()
    {
        var closed = await TestWorld.AfterTheCourseAsync(Factory);
        var (_, late) = await closed.EnrolAsync(Factory.Now.AddDays(-8.5));
        var waived = await TestWorld.BeforeTheCourseAsync(Factory);
        var (_, excused) = await waived.EnrolAsync();
        var lead = await waived.SignedInAsync(waived.Lead);
        await lead.SubmitAndFollowAsync(await lead.OpenAsync(RecruitPage(waived, excused)), "waive-pre-test", ("Waive.Reason", "Transferred in."));

        var closedPage = await (await closed.SignedInAsync(closed.Lead)).OpenAsync(RecruitPage(closed, late));
        var waivedPage = await lead.OpenAsync(RecruitPage(waived, excused));

        Assert.Contains("For a late enrolment, you can keep it open for this recruit below.", closedPage.Text);
        Assert.Contains("The pre-test was waived for this recruit: there is nothing to take.", waivedPage.Text);
        Assert.All(new[] { closedPage.Text, waivedPage.Text }, text => Assert.DoesNotContain("your instructor", text, StringComparison.OrdinalIgnoreCase));
    }

    static string RecruitPage(TestWorld world, int enrollment) => $"/cohorts/{world.CohortId}/tests/recruits/{enrollment}";

    static KeyValuePair<string, string> Token(HtmlPage page) =>
        KeyValuePair.Create("__RequestVerificationToken", page.FieldValue("__RequestVerificationToken")!);

    public sealed class OnSqlite(SqliteLmsFactory factory) : InstructorTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : InstructorTests(factory), IClassFixture<PostgresLmsFactory>;
}
