using System.Globalization;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

// A second cohort of the same institution schedules a session at the time the first cohort's first session runs.
public abstract class DoubleBookingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_instructor_already_teaching_at_that_time_is_refused_with_the_session_they_teach()
    {
        var (scene, colleague, first) = await TwoCohortsAsync();

        var page = await ScheduleAsync(colleague, first, "Another room", scene.Lead);

        var message = Assert.Single(InstructorMessages(page));
        Assert.Contains(await DisplayNameAsync(scene.Lead), message);
        Assert.Contains("already teaches at that time", message);
        Assert.Contains($"'{await CohortNameAsync(scene.Cohort)}', module {first.Module.Number} '{first.Module.Title}'", message);
        Assert.Empty(page.MessagesBeside("Input.Location"));
        Assert.Equal(0, await SessionCountAsync(colleague.Cohort));
    }

    [SkippableFact]
    public async Task A_room_already_booked_at_that_time_is_refused_however_its_name_is_typed()
    {
        var (scene, colleague, first) = await TwoCohortsAsync();

        var page = await ScheduleAsync(colleague, first, $"  {scene.Room.ToLowerInvariant()} ", colleague.Person);

        var message = Assert.Single(page.MessagesBeside("Input.Location"));
        Assert.StartsWith($"{scene.Room} is already booked at that time: '{await CohortNameAsync(scene.Cohort)}'", message);
        Assert.Empty(InstructorMessages(page));
        Assert.Equal(0, await SessionCountAsync(colleague.Cohort));
    }

    [SkippableFact]
    public async Task Another_room_and_another_instructor_at_the_same_time_are_no_clash()
    {
        var (_, colleague, first) = await TwoCohortsAsync();

        var page = await ScheduleAsync(colleague, first, "Another room", colleague.Person);

        Assert.Equal($"/cohorts/{colleague.Cohort}", page.Path);
        Assert.Equal(1, await SessionCountAsync(colleague.Cohort));
    }

    [SkippableFact]
    public async Task Two_cohorts_booking_one_instructor_for_the_same_hour_at_the_same_moment_book_them_once()
    {
        const int Rounds = 10;
        var institution = await People.CreateInstitutionAsync();
        var shared = await People.CreateAsync(Roles.Instructor, institution);
        var leads = new[] { await People.CreateAsync(Roles.Instructor, institution), await People.CreateAsync(Roles.Instructor, institution) };
        var start = Scheduling.MondayAhead(12);
        var cohorts = new[]
        {
            await Scheduling.CohortAsync(leads[0], Scheduling.GhanaCourse, start), await Scheduling.CohortAsync(leads[1], Scheduling.GhanaCourse, start),
        };
        var module = await Factory.WithDatabaseAsync(db => db.CourseModules
            .Where(m => db.Cohorts.Any(c => c.Id == cohorts[0] && c.CourseVersionId == m.CourseVersionId) && m.Delivery != Delivery.SelfStudy)
            .OrderBy(m => m.Number).Select(m => m.Id).FirstAsync());
        var wins = new List<int>();

        for (var round = 0; round < Rounds; round++)
        {
            var commands = await Task.WhenAll(cohorts.Select(async cohort => new ScheduleSession.Command
            {
                CohortId = cohort, Version = await Scheduling.VersionAsync(cohort), ModuleId = module, Date = start.AddDays(round),
                StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(11, 0), Location = Scheduling.Unique("Room"), InstructorIds = [shared.Id],
            }));
            using var barrier = new Barrier(2);
            var outcomes = await Task.WhenAll(commands.Select((command, i) => Task.Run(() => Factory.AsAsync(leads[i], services =>
            {
                barrier.SignalAndWait();
                return services.GetRequiredService<ScheduleSession.Handler>().HandleAsync(command, CancellationToken.None);
            }))));

            wins.Add(outcomes.Count(o => o.Succeeded));
            Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("already teaches at that time", Assert.Single(o.Errors).ErrorMessage));
        }
        Assert.Equal(new string('1', Rounds), string.Concat(wins));
        var taught = await Factory.WithDatabaseAsync(db => db.CohortSessions.AsNoTracking()
            .Where(s => s.Instructors.Any(i => i.UserId == shared.Id)).Select(s => s.StartsAt).ToListAsync());
        Assert.Equal(Rounds, taught.Distinct().Count());
        Assert.Equal(Rounds, taught.Count);
    }

    internal sealed record Colleague(Visitor Visitor, Person Person, int Cohort);

    internal sealed record FirstSession(CourseModule Module, DateOnly Date, TimeOnly Start);

    async Task<(DraftScene Scene, Colleague Colleague, FirstSession First)> TwoCohortsAsync()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var (visitor, person) = await SignedInAsync(Roles.Instructor, scene.Institution);
        var cohort = await Scheduling.CohortAsync(person, Scheduling.GhanaCourse, scene.Start);
        var session = (await Scheduling.SessionsAsync(scene.Cohort)).OrderBy(s => s.StartsAt).First();
        var module = await Factory.WithDatabaseAsync(db => db.CourseModules.AsNoTracking().SingleAsync(m => m.Id == session.CourseModuleId));
        var zone = LocalTime.Zone("Africa/Accra");
        var start = LocalTime.ToLocal(session.StartsAt, zone);
        return (scene, new Colleague(visitor, person, cohort), new FirstSession(module, DateOnly.FromDateTime(start), TimeOnly.FromDateTime(start)));
    }

    // The colleague's new session of the same module, starting an hour into the first cohort's session.
    static async Task<HtmlPage> ScheduleAsync(Colleague colleague, FirstSession first, string room, Person teacher)
    {
        var form = await colleague.Visitor.OpenAsync($"/cohorts/{colleague.Cohort}/sessions/new?module={first.Module.Id}");
        return await colleague.Visitor.SubmitAndFollowAsync(form, "session",
            ("Input.Date", first.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("Input.StartTime", Clock(first.Start.AddHours(1))),
            ("Input.EndTime", Clock(first.Start.AddHours(2))), ("Input.Location", room), ("Input.InstructorIds", teacher.Id));
    }

    static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    // The instructors are tick boxes in a fieldset; their message sits at the end of it.
    static IEnumerable<string> InstructorMessages(HtmlPage page) =>
        page.Document.QuerySelector("input[name='Input.InstructorIds']")!.Closest("fieldset")!
            .QuerySelectorAll(".validation-message").Select(m => HtmlPage.Normalize(m.TextContent));

    Task<int> SessionCountAsync(int cohort) => Factory.WithDatabaseAsync(db => db.CohortSessions.CountAsync(s => s.CohortId == cohort));

    Task<string> CohortNameAsync(int cohort) => Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == cohort).Select(c => c.Name).SingleAsync());

    Task<string> DisplayNameAsync(Person person) => Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.DisplayName).SingleAsync());

    public sealed class OnSqlite(SqliteLmsFactory factory) : DoubleBookingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : DoubleBookingTests(factory), IClassFixture<PostgresLmsFactory>;
}
