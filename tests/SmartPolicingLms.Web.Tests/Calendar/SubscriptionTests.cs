using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Calendar;

// Calendar apps subscribe to a secret link and send no cookies: the feeds are fetched here as an anonymous visitor.
public abstract class SubscriptionTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("KG", "Asia/Bishkek")]
    [InlineData("GH", "Africa/Accra")]
    public async Task The_cohort_feed_reads_back_each_session_at_the_time_entered_in_the_institutions_zone(string country, string zoneId)
    {
        var institution = await People.CreateInstitutionAsync(country: country, timeZone: zoneId);
        var (instructor, person) = await SignedInAsync(Roles.Instructor, institution);
        var start = Scheduling.MondayAhead();
        var cohort = await Scheduling.CohortAsync(person, Scheduling.GhanaCourse, start);
        var module = await Factory.WithDatabaseAsync(db => db.CourseModules
            .Where(m => db.Cohorts.Any(c => c.Id == cohort && c.CourseVersionId == m.CourseVersionId)).OrderBy(m => m.Number).FirstAsync());
        var day = start.AddDays(2);
        var saved = await instructor.SubmitAsync(await instructor.OpenAsync($"/cohorts/{cohort}/sessions/new?module={module.Id}"), "session",
            ("Input.Date", day.ToString("yyyy-MM-dd")), ("Input.StartTime", "09:00"), ("Input.EndTime", "12:15"),
            ("Input.Location", "Classroom B"), ("Input.InstructorIds", person.Id));
        Assert.Equal($"/cohorts/{cohort}", Visitor.RedirectPath(saved));

        var feed = await FeedAsync(await FeedUrlAsync(instructor, $"/calendar/cohorts/{cohort}"));

        var zone = LocalTime.Zone(zoneId);
        var session = Assert.Single(await Scheduling.SessionsAsync(cohort));
        var e = Assert.Single(feed.Events);
        Assert.Equal($"cohort-session-{session.Id}@smartpolicinglms", e.Uid);
        Assert.Equal((session.StartsAt, session.EndsAt), (e.Start!.AsUtc, e.End!.AsUtc));
        Assert.Equal(day.ToDateTime(new TimeOnly(9, 0)), LocalTime.ToLocal(e.Start.AsUtc, zone));
        Assert.Equal(day.ToDateTime(new TimeOnly(12, 15)), LocalTime.ToLocal(e.End.AsUtc, zone));
        Assert.Equal(zoneId, feed.Properties.Get<string>("X-WR-TIMEZONE"));
    }

    [SkippableFact]
    public async Task A_replaced_cohort_link_answers_404_and_the_new_one_serves_the_sessions()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var page = $"/calendar/cohorts/{scene.Cohort}";
        var old = await FeedUrlAsync(scene.Instructor, page);

        var replaced = await scene.Instructor.SubmitAndFollowAsync(await scene.Instructor.OpenAsync(page), "replace-cohort-calendar");

        var current = FeedUrlOf(replaced);
        Assert.NotEqual(old, current);
        Assert.Equal(HttpStatusCode.NotFound, (await NewVisitor().GetAsync(old)).StatusCode);
        Assert.Equal((await Scheduling.SessionsAsync(scene.Cohort)).Count, (await FeedAsync(current)).Events.Count);
    }

    [SkippableFact]
    public async Task An_instructors_own_feed_carries_the_sessions_they_teach_until_its_link_is_replaced_or_turned_off()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var created = await scene.Instructor.SubmitAndFollowAsync(await scene.Instructor.OpenAsync("/calendar/mine"), "new-instructor-calendar");
        var first = FeedUrlOf(created);

        var feed = await FeedAsync(first);
        var replaced = FeedUrlOf(await scene.Instructor.SubmitAndFollowAsync(await scene.Instructor.OpenAsync("/calendar/mine"), "replace-instructor-calendar"));
        var afterReplacing = await NewVisitor().GetAsync(first);
        await scene.Instructor.SubmitAsync(await scene.Instructor.OpenAsync("/calendar/mine"), "turn-off-instructor-calendar");

        Assert.Equal((await Scheduling.SessionsAsync(scene.Cohort)).Select(s => $"cohort-session-{s.Id}@smartpolicinglms").Order(),
            feed.Events.Select(e => e.Uid).Order());
        Assert.Equal(HttpStatusCode.NotFound, afterReplacing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await NewVisitor().GetAsync(replaced)).StatusCode);
    }

    static async Task<string> FeedUrlAsync(Visitor visitor, string page) => FeedUrlOf(await visitor.OpenAsync(page));

    // The link as the page offers it for copying into a calendar app; the test client reaches it by its path.
    static string FeedUrlOf(HtmlPage page) =>
        new Uri(page.Document.QuerySelector("#feed-url")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No calendar link on {page.Url}: {page.Text}")).PathAndQuery;

    async Task<Ical.Net.Calendar> FeedAsync(string url)
    {
        var response = await NewVisitor().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("No calendar parsed.");
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : SubscriptionTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : SubscriptionTests(factory), IClassFixture<PostgresLmsFactory>;
}
