using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Calendar;

// Calendar apps fetch a feed with no useful Accept-Language, so a feed's words come in its owner's language: the
// instructor's own choice, else their institution's default, else English. The browser that fetches it decides nothing.
public abstract class FeedLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("ru", null, "Группа: ")]
    [InlineData(null, "ky", "Топ: ")]
    [InlineData("ru", "ky", "Группа: ")]
    [InlineData(null, null, "Cohort: ")]
    public async Task An_instructors_own_feed_is_written_in_their_language_whatever_the_app_asks_for(string? own, string? institutions, string cohortWord)
    {
        var scene = await DraftScene.CreateAsync(Factory);
        await Factory.WithDatabaseAsync(async db =>
        {
            await db.Users.Where(u => u.Id == scene.Lead.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, own));
            return await db.Institutions.Where(i => i.Id == scene.Institution).ExecuteUpdateAsync(i => i.SetProperty(x => x.DefaultLanguage, institutions));
        });
        var created = await scene.Instructor.SubmitAndFollowAsync(await scene.Instructor.OpenAsync("/calendar/mine"), "new-instructor-calendar");

        var feed = await FeedAsync(FeedUrlOf(created), acceptLanguage: "en-GB");

        Assert.NotEmpty(feed.Events);
        Assert.All(feed.Events, e => Assert.StartsWith(cohortWord, e.Description));
        Assert.All(feed.Events, e => Assert.Contains(own == "ru" ? "ещё в статусе черновика" : institutions == "ky" ? "долбоор абалында" : "still a draft", e.Description));
    }

    [SkippableFact]
    public async Task A_cohorts_feed_is_written_in_its_institutions_default_language()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        await Factory.WithDatabaseAsync(db => db.Institutions.Where(i => i.Id == scene.Institution)
            .ExecuteUpdateAsync(i => i.SetProperty(x => x.DefaultLanguage, "ru")));

        var feed = await FeedAsync(FeedUrlOf(await scene.Instructor.OpenAsync($"/calendar/cohorts/{scene.Cohort}")), acceptLanguage: "ky");

        Assert.All(feed.Events, e => Assert.StartsWith("Группа: ", e.Description));
        Assert.DoesNotContain(feed.Events, e => e.Description!.Contains("Cohort:"));
    }

    static string FeedUrlOf(HtmlPage page) =>
        new Uri(page.Document.QuerySelector("#feed-url")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No calendar link on {page.Url}: {page.Text}")).PathAndQuery;

    async Task<Ical.Net.Calendar> FeedAsync(string url, string acceptLanguage)
    {
        var response = await NewVisitor().Speaking(acceptLanguage).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("No calendar parsed.");
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : FeedLanguageTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : FeedLanguageTests(factory), IClassFixture<PostgresLmsFactory>;
}
