using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

// A module's hours are teaching; the breaks of its session plan are counted apart. A session that holds both is not
// short, and the cohort page names teaching and breaks separately.
public abstract class PlanBreaksTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_session_of_teaching_plus_the_plans_breaks_is_enough_and_the_page_names_both()
    {
        var course = ExpectedCourses.ShippedCourse(Scheduling.GhanaCourse);
        var module = course.Modules.First(m => m.Plan is { BreakMinutes: > 0 });
        var teaching = (int)Math.Ceiling(module.Hours * course.Settings.HourMinutes);
        var breaks = module.Plan!.BreakMinutes;
        var day = Factory.Now.Date.AddDays(30).AddHours(5);
        var cohort = await new CohortBuilder(Factory).Of(Scheduling.GhanaCourse).InState(CohortState.Draft)
            .Running(DateOnly.FromDateTime(day), DateOnly.FromDateTime(day.AddDays(20)))
            .Session(module.Number, day, TimeSpan.FromMinutes(teaching + breaks), slots: false).BuildAsync();
        var lead = new Visitor(Factory);
        await lead.SignInAsync(cohort.Lead);

        var page = await lead.OpenAsync($"/cohorts/{cohort.CohortId}");

        var section = page.Document.QuerySelectorAll("section")
            .Single(s => s.QuerySelector("h2")?.TextContent.StartsWith($"Module {module.Number}:", StringComparison.Ordinal) == true);
        var text = HtmlPage.Normalize(section.TextContent);
        Assert.Contains($"needs {teaching} minutes of teaching and {breaks} of breaks, scheduled {teaching + breaks}", text);
        Assert.DoesNotContain($"Module {module.Number} '", text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : PlanBreaksTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : PlanBreaksTests(factory), IClassFixture<PostgresLmsFactory>;
}
