using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Course = SmartPolicingLms.Curricula.Model.Course;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;
using Xunit.Abstractions;

namespace SmartPolicingLms.Web.Tests.Cohorts;

// The schedule helper on the 46-hour Kyrgyz course, at the Academy in Bishkek, whose course hour is 45 minutes.
public abstract partial class ScheduleHelperTests(LmsFactory factory, ITestOutputHelper output) : LmsTest(factory)
{
    static readonly Course Kyrgyz = ExpectedCourses.ShippedCourse(Scheduling.KyrgyzCourse);
    static readonly TimeZoneInfo Bishkek = LocalTime.Zone("Asia/Bishkek");

    [SkippableFact]
    public async Task The_helper_drafts_the_full_Kyrgyz_course_so_every_contact_module_gets_its_hours_of_45_minutes()
    {
        var (instructor, _, cohort) = await KyrgyzCohortAsync();

        var saved = await instructor.SubmitAsync(await instructor.OpenAsync($"/cohorts/{cohort}/schedule"), "draft-schedule",
            ("Input.Location", "Lecture hall 2"));

        Assert.Equal($"/cohorts/{cohort}", Visitor.RedirectPath(saved));
        var sessions = await SessionsByModuleAsync(cohort);
        Assert.All(Kyrgyz.Modules.Where(m => !m.Delivery.IsContact()), m => Assert.False(sessions.Contains(m.Id), $"self-study module {m.Number} got sessions"));
        foreach (var module in Kyrgyz.Modules.Where(m => m.Delivery.IsContact()))
        {
            var own = sessions[module.Id].ToList();
            Assert.True(own.Sum(s => (s.EndsAt - s.StartsAt).TotalMinutes) >= (double)(module.Hours * Kyrgyz.Settings.HourMinutes),
                $"module {module.Number} needs {module.Hours} × {Kyrgyz.Settings.HourMinutes} minutes");
            Assert.All(own, s => Assert.Equal(module.Slots.Select(p => (p.Community, p.Role)), s.Slots.OrderBy(p => p.Position).Select(p => (p.Community, p.Role))));
            Assert.All(own, s => Assert.InRange(LocalTime.ToLocal(s.StartsAt, Bishkek).TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(18)));
            Assert.All(own, s => Assert.NotEqual(DayOfWeek.Saturday, LocalTime.ToLocal(s.StartsAt, Bishkek).DayOfWeek));
        }
        var page = await instructor.OpenAsync($"/cohorts/{cohort}");
        Assert.DoesNotMatch(ShortModule(), page.Text);
        var entry = await Factory.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.CohortId == cohort && e.Action == AuditAction.ScheduleDrafted));
        Assert.Equal(sessions.Sum(g => g.Count()), JsonDocument.Parse(entry.After!).RootElement.GetProperty("Sessions").GetInt32());
    }

    [SkippableFact]
    public async Task A_draft_that_fails_while_saving_leaves_the_earlier_schedule_as_it_was()
    {
        var (instructor, lead, cohort) = await KyrgyzCohortAsync();
        await Scheduling.DraftAsync(lead, cohort, await StartOfAsync(cohort), "Lecture hall 2");
        var earlier = (await Scheduling.SessionsAsync(cohort)).Select(s => (s.Id, s.Location, s.StartsAt)).ToList();
        var version = await Scheduling.VersionAsync(cohort);
        var replacement = Scheduling.Unique("Hall");
        await using var failure = await SavingFailsAsync(cohort, replacement);

        var response = await instructor.SubmitAsync(await instructor.OpenAsync($"/cohorts/{cohort}/schedule"), "draft-schedule",
            ("Input.Location", replacement), ("Input.ReplaceExisting", "true"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(earlier, (await Scheduling.SessionsAsync(cohort)).Select(s => (s.Id, s.Location, s.StartsAt)).ToList());
        Assert.Equal(version, await Scheduling.VersionAsync(cohort));
        Assert.Equal(1, await Factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CohortId == cohort && e.Action == AuditAction.ScheduleDrafted)));
    }

    [SkippableFact]
    public async Task Drafting_again_replaces_the_schedule_only_when_asked_and_reports_how_long_it_took()
    {
        var (instructor, _, cohort) = await KyrgyzCohortAsync();
        var form = await instructor.OpenAsync($"/cohorts/{cohort}/schedule");
        await instructor.SubmitAsync(form, "draft-schedule", ("Input.Location", "Lecture hall 2"));
        var first = (await Scheduling.SessionsAsync(cohort)).Select(s => s.Id).ToList();

        var unasked = await instructor.SubmitAndFollowAsync(await instructor.OpenAsync($"/cohorts/{cohort}/schedule"), "draft-schedule",
            ("Input.Location", "Lecture hall 3"));
        Assert.Contains($"The cohort already has {first.Count} sessions", string.Join(" ", unasked.MessagesBeside("Input.ReplaceExisting")));
        Assert.Equal(first, (await Scheduling.SessionsAsync(cohort)).Select(s => s.Id).ToList());

        for (var run = 0; run < 6; run++)
        {
            var again = await instructor.SubmitAsync(await instructor.OpenAsync($"/cohorts/{cohort}/schedule"), "draft-schedule",
                ("Input.Location", $"Lecture hall {run + 3}"), ("Input.ReplaceExisting", "true"));
            Assert.Equal($"/cohorts/{cohort}", Visitor.RedirectPath(again));
        }

        var last = await Scheduling.SessionsAsync(cohort);
        Assert.Equal(first.Count, last.Count);
        Assert.Empty(first.Intersect(last.Select(s => s.Id)));
        Assert.All(last, s => Assert.Equal("Lecture hall 8", s.Location));
        var timings = Factory.Logs.Messages().Select(m => DraftTime().Match(m)).Where(m => m.Success && m.Groups[1].Value == cohort.ToString())
            .Select(m => int.Parse(m.Groups[2].Value)).Order().ToList();
        Assert.Equal(7, timings.Count);
        output.WriteLine($"{Factory}: drafting and saving the full Kyrgyz schedule ({first.Count} sessions) took a median of "
            + $"{timings[timings.Count / 2]} ms over {timings.Count} runs (all: {string.Join(", ", timings)} ms).");
    }

    async Task<(Visitor Instructor, Person Lead, int Cohort)> KyrgyzCohortAsync()
    {
        var academy = await People.CreateInstitutionAsync(country: "KG", timeZone: "Asia/Bishkek");
        var (visitor, person) = await SignedInAsync(Roles.Instructor, academy);
        return (visitor, person, await Scheduling.CohortAsync(person, Scheduling.KyrgyzCourse, Scheduling.MondayAhead()));
    }

    async Task<ILookup<string, Web.Data.CohortSession>> SessionsByModuleAsync(int cohort)
    {
        var keys = await Factory.WithDatabaseAsync(db => db.CourseModules.ToDictionaryAsync(m => m.Id, m => m.Key));
        return (await Scheduling.SessionsAsync(cohort)).ToLookup(s => keys[s.CourseModuleId]);
    }

    Task<DateOnly> StartOfAsync(int cohort) => Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == cohort).Select(c => c.StartDate).SingleAsync());

    // A database trigger that fails the third session saved into the given room, the way a lost connection or a full
    // disk fails a save half-way; disposing it removes the trigger.
    async Task<IAsyncDisposable> SavingFailsAsync(int cohort, string room)
    {
        var name = $"fail_draft_{cohort}";
        var sqlite = Factory is SqliteLmsFactory;
        await ExecuteAsync(sqlite
            ? $"""
               CREATE TRIGGER {name} BEFORE INSERT ON "CohortSessions"
               WHEN NEW."CohortId" = {cohort} AND NEW."Location" = '{room}'
                 AND (SELECT COUNT(*) FROM "CohortSessions" WHERE "CohortId" = {cohort} AND "Location" = '{room}') >= 2
               BEGIN SELECT RAISE(ABORT, 'simulated failure while saving'); END;
               """
            : $"""
               CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN
                 IF (SELECT COUNT(*) FROM "CohortSessions" WHERE "CohortId" = NEW."CohortId" AND "Location" = NEW."Location") >= 2 THEN
                   RAISE EXCEPTION 'simulated failure while saving';
                 END IF;
                 RETURN NEW;
               END $$;
               CREATE TRIGGER {name} BEFORE INSERT ON "CohortSessions" FOR EACH ROW
               WHEN (NEW."CohortId" = {cohort} AND NEW."Location" = '{room}') EXECUTE FUNCTION {name}();
               """);
        return new Removal(() => ExecuteAsync(sqlite
            ? $"DROP TRIGGER IF EXISTS {name};"
            : $"""DROP TRIGGER IF EXISTS {name} ON "CohortSessions"; DROP FUNCTION IF EXISTS {name}();"""));
    }

    Task ExecuteAsync(string sql) => Factory.WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    sealed class Removal(Func<Task> remove) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await remove();
    }

    [GeneratedRegex(@"needs [\d.]+ × \d+ = \d+ minutes")]
    private static partial Regex ShortModule();

    [GeneratedRegex(@"^Drafted \d+ sessions for cohort (\d+) in (\d+) ms$")]
    private static partial Regex DraftTime();

    public sealed class OnSqlite(SqliteLmsFactory factory, ITestOutputHelper output) : ScheduleHelperTests(factory, output), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory, ITestOutputHelper output) : ScheduleHelperTests(factory, output), IClassFixture<PostgresLmsFactory>;
}
