using System.Net;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Calendar;

// "My calendar" shows a week or a month of the person's own sessions, each on its day in the institution's time zone
// (Bishkek, UTC+6 all year: a session just after local midnight is on the next day there, though not in UTC).
public abstract class MyCalendarTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_week_places_each_session_on_its_local_day_and_leaves_out_the_neighbouring_weeks()
    {
        var world = await BishkekWorldAsync();
        var instructor = NewVisitor();
        await instructor.SignInAsync(world.Lead);

        var week = await instructor.OpenAsync("/calendar/mine?view=week&date=2026-12-09");

        Assert.Equal(7, week.Document.QuerySelectorAll("li.calendar-day").Length);
        var tuesday = week.Document.QuerySelector("li[data-day='2026-12-08']")!.TextContent;
        Assert.Contains("Room Tuesday", tuesday);
        Assert.Contains("00:30–01:30", tuesday);
        Assert.DoesNotContain("Room Sunday", week.Text);
        Assert.DoesNotContain("Room Monday", week.Text);
        Assert.DoesNotContain("Room Elsewhere", week.Text);
        Assert.Contains("calendar/mine?view=week&date=2026-11-30", week.Links);
        Assert.Contains("calendar/mine?view=week&date=2026-12-14", week.Links);
    }

    [SkippableFact]
    public async Task The_month_holds_the_sessions_of_its_local_days_only()
    {
        var world = await BishkekWorldAsync();
        var instructor = NewVisitor();
        await instructor.SignInAsync(world.Lead);

        var december = await instructor.OpenAsync("/calendar/mine?view=month&date=2026-12-20");
        var january = await instructor.OpenAsync("/calendar/mine?view=month&date=2027-01-01");

        Assert.Equal(["2026-12-06", "2026-12-08", "2026-12-14"],
            december.Document.QuerySelectorAll("li.calendar-day").Select(d => d.GetAttribute("data-day")!));
        Assert.DoesNotContain("Room New Year", december.Text);
        Assert.Contains("Room New Year", january.Document.QuerySelector("li[data-day='2027-01-01']")!.TextContent);
        Assert.Contains("calendar/mine?view=month&date=2026-11-01", december.Links);
        Assert.Contains("calendar/mine?view=month&date=2027-01-01", december.Links);
    }

    [SkippableFact]
    public async Task A_recruit_sees_their_cohorts_sessions_in_their_language_without_the_subscription_links()
    {
        var world = await BishkekWorldAsync();
        var (recruit, _) = await world.EnrolNewAsync();
        var visitor = NewVisitor().Speaking("ru");
        await visitor.SignInAsync(recruit);

        var week = await visitor.OpenAsync("/calendar/mine?view=week&date=2026-12-09");

        Assert.Equal("Мой календарь", week.Heading);
        Assert.Contains("Неделя с", week.Text);
        Assert.Contains("Room Tuesday", week.Document.QuerySelector("li[data-day='2026-12-08']")!.TextContent);
        Assert.DoesNotContain("Room Elsewhere", week.Text);
        Assert.DoesNotContain("new-instructor-calendar", week.FormNames);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await AdministratorAsync()).GetAsync("/calendar/mine")).StatusCode);
    }

    async Task<BuiltCohort> BishkekWorldAsync()
    {
        var institution = await People.CreateInstitutionAsync(country: "KG", timeZone: "Asia/Bishkek");
        var lead = await People.CreateAsync(Roles.Instructor, institution);
        var hour = TimeSpan.FromHours(1);
        var cohort = await new CohortBuilder(Factory).AtInstitution(institution).LedBy(lead)
            // Sunday 6 December 23:30 there: the week before.
            .Session(1, Utc(2026, 12, 6, 17, 30), hour, "Room Sunday")
            // Tuesday 8 December 00:30 there, though Monday 7 December in UTC.
            .Session(1, Utc(2026, 12, 7, 18, 30), hour, "Room Tuesday")
            // Monday 14 December 01:00 there, though Sunday 13 December in UTC: the week after.
            .Session(1, Utc(2026, 12, 13, 19, 0), hour, "Room Monday")
            // New Year's Day 00:30 there: January, though 31 December in UTC.
            .Session(1, Utc(2026, 12, 31, 18, 30), hour, "Room New Year")
            .BuildAsync();
        // Another cohort of the same institution, led by someone else: on nobody's calendar here.
        await new CohortBuilder(Factory).AtInstitution(institution).Session(1, Utc(2026, 12, 8, 4, 0), hour, "Room Elsewhere").BuildAsync();
        return cohort;
    }

    static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    public sealed class OnSqlite(SqliteLmsFactory factory) : MyCalendarTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : MyCalendarTests(factory), IClassFixture<PostgresLmsFactory>;
}
