using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// Two instructors and a recruit on phones, in a real browser on a real socket (issue 7 part 7): both instructors open
// the same roll call; the first marks everyone present but one recruit absent and saves; the second, still on the page
// they opened before, saves their own marks and is stopped, shown the first one's change, agrees with it and saves
// again; the absent recruit's progress page then shows the session as missed and the hours they still need.
public abstract class AttendanceJourneyTests : LmsTest
{
    protected AttendanceJourneyTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    [SkippableFact]
    public async Task A_second_instructors_conflicting_roll_call_is_caught_and_the_recruit_sees_the_missed_session()
    {
        await using var installation = Factory.NewInstallation();
        var clock = installation.Clock;
        installation.UseKestrel(0);
        installation.StartServer();

        var world = await CohortAsync(installation);
        var rollCall = $"cohorts/{world.CohortId}/sessions/{world.SessionId}/roll-call";

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        SetDefaultExpectTimeout(15_000);
        var serverErrors = new List<string>();
        async Task<IPage> OpenPhoneAsync(Person person)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions
            {
                BaseURL = installation.ClientOptions.BaseAddress.ToString(),
                ViewportSize = Chromium.Phone,
            });
            var opened = await context.NewPageAsync();
            opened.Response += (_, response) =>
            {
                // The refused second save answers 409 on purpose; anything from 500 up is a fault.
                if (response.Status >= 500)
                    serverErrors.Add($"{response.Status} {response.Url}");
            };
            await Chromium.SignInAsync(opened, person.Email, person.Password);
            return opened;
        }
        var page = await OpenPhoneAsync(world.Lead);

        try
        {
            // A week early, the roll call page warns that marks saved now would count as attendance.
            await page.GotoAsync(rollCall);
            await Expect(page.GetByTestId("roll-call-early")).ToBeVisibleAsync();
            await page.Context.CloseAsync();

            // The first session (09:00 to 12:00 a week from the start day) is over when the roll call is taken: an hour
            // after it ended, whatever the time of day the test started at.
            clock.SetUtcNow(new DateTimeOffset(clock.GetUtcNow().UtcDateTime.Date.AddDays(7).AddHours(13), TimeSpan.Zero));
            page = await OpenPhoneAsync(world.Recruit);

            // The recruit, before any roll call: the session is over and not marked yet.
            await page.GotoAsync($"learn/cohorts/{world.CohortId}/progress");
            var session = page.GetByTestId($"module-{world.ModuleNumber}").GetByTestId("session");
            await Expect(session.GetByTestId("mark")).ToHaveTextAsync("Not marked yet");

            // Both instructors open the roll call of the same session, read at the same version.
            var first = await OpenPhoneAsync(world.Lead);
            var second = await OpenPhoneAsync(world.SecondInstructor);
            await first.GotoAsync(rollCall);
            await second.GotoAsync(rollCall);
            await Expect(first.GetByTestId("roll-call-row")).ToHaveCountAsync(2);
            await Expect(first.GetByTestId("roll-call-early")).ToHaveCountAsync(0);

            // The first: everyone present, then the one exception, one save.
            await first.GetByTestId("mark-all-present").ClickAsync();
            await Expect(first.GetByTestId("roll-call-notice")).ToBeVisibleAsync();
            await Mark(first, world.RecruitEnrollment, "Absent").ClickAsync();
            await first.GetByTestId("save-roll-call").ClickAsync();
            await Expect(first.GetByTestId("roll-call-saved")).ToContainTextAsync("2 marks changed");

            // The second, from the page read before that save: everyone present, the other recruit late. Refused.
            await second.GetByTestId("mark-all-present").ClickAsync();
            await Mark(second, world.OtherEnrollment, "Late").ClickAsync();
            await second.GetByTestId("save-roll-call").ClickAsync();
            var conflict = second.GetByTestId("roll-call-conflict");
            await Expect(conflict).ToBeVisibleAsync();
            await Expect(conflict).ToContainTextAsync(world.RecruitName);
            await Expect(conflict).ToContainTextAsync("Absent");
            await Expect(Row(second, world.RecruitEnrollment)).ToHaveAttributeAsync("data-differs", "true");
            Assert.Equal(AttendanceMark.Absent, await MarkOfAsync(installation, world.SessionId, world.RecruitEnrollment));

            // They agree with the first instructor's mark and save their own change deliberately.
            await Mark(second, world.RecruitEnrollment, "Absent").ClickAsync();
            await second.GetByTestId("save-roll-call").ClickAsync();
            await Expect(second.GetByTestId("roll-call-saved")).ToBeVisibleAsync();
            Assert.Equal(AttendanceMark.Absent, await MarkOfAsync(installation, world.SessionId, world.RecruitEnrollment));
            Assert.Equal(AttendanceMark.Late, await MarkOfAsync(installation, world.SessionId, world.OtherEnrollment));
            var changedBy = await installation.WithDatabaseAsync(db => db.AttendanceChanges.AsNoTracking()
                .Where(c => c.SessionId == world.SessionId).Select(c => c.ChangedByUserId).Distinct().ToListAsync());
            Assert.Equal(new[] { world.Lead.Id, world.SecondInstructor.Id }.Order(), changedBy.Order());

            // The recruit's progress page now shows the session missed and the hours still needed.
            await page.ReloadAsync();
            await Expect(session.GetByTestId("mark")).ToHaveTextAsync("Absent");
            await Expect(page.GetByTestId("missing")).ToContainTextAsync(
                new Regex($@"needs [\d.]+ more contact hours: .*module {world.ModuleNumber} '{Regex.Escape(world.ModuleTitle)}' was missed"));
            await Expect(page.GetByTestId("completion-state")).ToHaveTextAsync("Not completed yet");
            Assert.Empty(serverErrors);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            throw new InvalidOperationException($"The journey stopped at {page.Url}:\n{await page.InnerTextAsync("body")}", e);
        }
    }

    static ILocator Row(IPage page, int enrollmentId) =>
        page.Locator($"[data-testid=roll-call-row][data-enrollment-id='{enrollmentId}']");

    // The radio buttons are drawn as toggle buttons: their labels are what a person taps.
    static ILocator Mark(IPage page, int enrollmentId, string mark) => page.Locator($"label[for='mark-{enrollmentId}-{mark}']");

    static Task<AttendanceMark?> MarkOfAsync(LmsFactory installation, int sessionId, int enrollmentId) =>
        installation.WithDatabaseAsync(db => db.AttendanceRecords.AsNoTracking()
            .Where(r => r.SessionId == sessionId && r.EnrollmentId == enrollmentId).Select(r => (AttendanceMark?)r.Mark).SingleOrDefaultAsync());

    sealed record World(int CohortId, int SessionId, int ModuleNumber, string ModuleTitle, Person Lead, Person SecondInstructor,
        Person Recruit, string RecruitName, int RecruitEnrollment, int OtherEnrollment);

    // A published cohort of the test course at an institution of its own, its contact sessions a week from
    // now, a lead and a second instructor who teaches the first session, and two recruits enrolled.
    static async Task<World> CohortAsync(LmsFactory installation)
    {
        var firstStart = installation.Now.Date.AddDays(7).AddHours(9);
        var cohort = await new CohortBuilder(installation)
            .Running(DateOnly.FromDateTime(firstStart), DateOnly.FromDateTime(firstStart.AddDays(2)))
            .DailyContactSessions(firstStart, TimeSpan.FromHours(3), "Room 4")
            .BuildAsync();
        var second = await installation.People.CreateAsync(Roles.Instructor, cohort.InstitutionId);
        var (recruit, enrolled) = await cohort.EnrolNewAsync();
        var (_, otherEnrolled) = await cohort.EnrolNewAsync();
        var first = cohort.Sessions[0];
        return await installation.WithDatabaseAsync(async db =>
        {
            db.SessionInstructors.Add(new SessionInstructor { SessionId = first, UserId = second.Id });
            await db.SaveChangesAsync();
            var module = await db.CohortSessions.Where(s => s.Id == first)
                .Join(db.CourseModules, s => s.CourseModuleId, m => m.Id, (s, m) => new { m.Number, m.Title }).SingleAsync();
            var name = await db.Users.Where(u => u.Id == recruit.Id).Select(u => u.DisplayName).SingleAsync();
            return new World(cohort.CohortId, first, module.Number, module.Title, cohort.Lead, second, recruit, name, enrolled, otherEnrolled);
        });
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : AttendanceJourneyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : AttendanceJourneyTests(factory), IClassFixture<PostgresLmsFactory>;
}
