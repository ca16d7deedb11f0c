using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

// A cohort or a session that starts in the past is most often a slip of the date: the form says so beside the field
// and saves nothing until the instructor ticks that it is meant.
public abstract class PastStartTests(LmsFactory factory) : LmsTest(factory)
{
    const string Confirm = "Input.ConfirmPast";

    [SkippableTheory]
    [InlineData("en", "The cohort would start in the past")]
    [InlineData("ru", "Группа начнётся в прошлом")]
    public async Task A_cohort_starting_in_the_past_is_saved_only_once_the_instructor_confirms_it(string language, string warning)
    {
        var (instructor, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        instructor = instructor.Speaking(language);
        var name = Scheduling.Unique("Intake");
        var start = Day(-7);

        var warned = await instructor.SubmitAndFollowAsync(await instructor.OpenAsync("/cohorts/new"), "create-cohort",
            ("Input.Name", name), ("Input.CourseId", Scheduling.GhanaCourse), ("Input.StartDate", Iso(start)), ("Input.EndDate", Iso(Day(21))));
        var savedUnconfirmed = await CohortsNamedAsync(name);
        var saved = await instructor.SubmitAsync(warned, "create-cohort", (Confirm, "true"));

        Assert.Equal("/cohorts/new", warned.Path);
        Assert.Contains(warned.MessagesBeside("Input.StartDate"), m => m.StartsWith(warning, StringComparison.Ordinal));
        Assert.NotNull(warned.Document.QuerySelector($"input[type=checkbox][name='{Confirm}']"));
        Assert.Equal(0, savedUnconfirmed);
        Assert.True(Visitor.IsRedirect(saved.StatusCode));
        Assert.Equal(start, await Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Name == name).Select(c => c.StartDate).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_session_starting_in_the_past_is_saved_only_once_the_instructor_confirms_it()
    {
        var cohort = await new CohortBuilder(Factory).InState(CohortState.Draft).Running(Day(-7), Day(21)).BuildAsync();
        var lead = new Visitor(Factory);
        await lead.SignInAsync(cohort.Lead);
        var moduleId = await Factory.WithDatabaseAsync(db => db.CourseModules
            .Where(m => m.CourseVersionId == cohort.CourseVersionId && m.Delivery != Delivery.SelfStudy).OrderBy(m => m.Number).Select(m => m.Id).FirstAsync());
        (string, string)[] yesterday = [("Input.Date", Iso(Day(-1))), ("Input.StartTime", "09:00"), ("Input.EndTime", "12:00"),
            ("Input.Location", "Room 4"), ("Input.InstructorIds", cohort.Lead.Id)];

        var warned = await lead.SubmitAndFollowAsync(await lead.OpenAsync($"/cohorts/{cohort.CohortId}/sessions/new?module={moduleId}"), "session", yesterday);
        var savedUnconfirmed = await SessionsAsync(cohort.CohortId);
        var saved = await lead.SubmitAsync(warned, "session", [.. yesterday, (Confirm, "true")]);

        Assert.Contains(warned.MessagesBeside("Input.Date"), m => m.StartsWith("The session would start in the past", StringComparison.Ordinal));
        Assert.Equal(0, savedUnconfirmed);
        Assert.True(Visitor.IsRedirect(saved.StatusCode));
        Assert.Equal(1, await SessionsAsync(cohort.CohortId));
    }

    [SkippableFact]
    public async Task Editing_a_running_cohort_without_moving_its_start_asks_nothing()
    {
        var cohort = await new CohortBuilder(Factory).InState(CohortState.InProgress).Running(Day(-7), Day(21)).BuildAsync();
        var lead = new Visitor(Factory);
        await lead.SignInAsync(cohort.Lead);

        var saved = await lead.SubmitAsync(await lead.OpenAsync($"/cohorts/{cohort.CohortId}/edit"), "edit-cohort", ("Input.Capacity", "35"));

        Assert.True(Visitor.IsRedirect(saved.StatusCode), (await lead.FollowAsync(saved)).Text);
        Assert.Equal(35, await Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == cohort.CohortId).Select(c => c.Capacity).SingleAsync()));
    }

    DateOnly Day(int fromNow) => DateOnly.FromDateTime(Factory.Now.AddDays(fromNow));

    static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    Task<int> CohortsNamedAsync(string name) => Factory.WithDatabaseAsync(db => db.Cohorts.CountAsync(c => c.Name == name));

    Task<int> SessionsAsync(int cohortId) => Factory.WithDatabaseAsync(db => db.CohortSessions.CountAsync(s => s.CohortId == cohortId));

    public sealed class OnSqlite(SqliteLmsFactory factory) : PastStartTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : PastStartTests(factory), IClassFixture<PostgresLmsFactory>;
}
