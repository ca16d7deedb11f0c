using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

public abstract class CohortEditionTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_cohort_created_in_an_edition_keeps_its_language_and_the_form_marks_editions_awaiting_review()
    {
        var courseId = await EditionCourse.ImportAsync(Factory);
        var (instructor, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());

        var form = await instructor.OpenAsync("/cohorts/new");
        var created = await CreateAsync(instructor, form, courseId, EditionCourse.Russian);
        var reference = await CreateAsync(instructor, form, courseId, "");
        var refused = await instructor.FollowAsync(await Submit(instructor, form, courseId, "ky"));

        Assert.Contains("Russian (ru), awaiting review by a native speaker",
            form.Document.QuerySelectorAll("#edition option").Select(o => HtmlPage.Normalize(o.TextContent)));
        Assert.Equal(EditionCourse.Russian, await LanguageAsync(created));
        Assert.Equal("en", await LanguageAsync(reference));
        Assert.Contains("Choose one of this version's editions.", refused.Text);
        var details = await instructor.OpenAsync($"/cohorts/{created}");
        Assert.Contains("This cohort reads the Russian (ru) edition.", details.Document.QuerySelector("#edition")!.TextContent);
    }

    [SkippableFact]
    public async Task The_edition_changes_while_the_cohort_is_a_draft_and_never_after()
    {
        var courseId = await EditionCourse.ImportAsync(Factory);
        var draft = await new CohortBuilder(Factory).Of(courseId).InState(CohortState.Draft).Running(Day(14), Day(20)).BuildAsync();
        var published = await new CohortBuilder(Factory).Of(courseId).InState(CohortState.Published).Running(Day(14), Day(20)).BuildAsync();
        var draftLead = new Visitor(Factory);
        await draftLead.SignInAsync(draft.Lead);
        var publishedLead = new Visitor(Factory);
        await publishedLead.SignInAsync(published.Lead);

        var changed = await draftLead.SubmitAsync(await draftLead.OpenAsync($"/cohorts/{draft.CohortId}/edit"), "edit-cohort",
            ("Input.Language", EditionCourse.Russian));
        var refused = await publishedLead.FollowAsync(await publishedLead.SubmitAsync(
            await publishedLead.OpenAsync($"/cohorts/{published.CohortId}/edit"), "edit-cohort", ("Input.Language", EditionCourse.Russian)));

        Assert.True(Visitor.IsRedirect(changed.StatusCode));
        Assert.Equal(EditionCourse.Russian, await LanguageAsync(draft.CohortId));
        Assert.Contains("The edition can change only while the cohort is a draft.", refused.Text);
        Assert.Equal("en", await LanguageAsync(published.CohortId));
    }

    DateOnly Day(int fromNow) => DateOnly.FromDateTime(Factory.Now.AddDays(fromNow));

    static Task<HttpResponseMessage> Submit(Visitor instructor, HtmlPage form, string courseId, string language)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));
        return instructor.SubmitAsync(form, "create-cohort", ("Input.Name", Scheduling.Unique("Intake")), ("Input.CourseId", courseId),
            ("Input.Language", language), ("Input.StartDate", start.ToString("yyyy-MM-dd")),
            ("Input.EndDate", start.AddDays(27).ToString("yyyy-MM-dd")));
    }

    static async Task<int> CreateAsync(Visitor instructor, HtmlPage form, string courseId, string language)
    {
        var response = await Submit(instructor, form, courseId, language);
        var path = Visitor.RedirectPath(response)
            ?? throw new InvalidOperationException("The cohort was not created: " + (await instructor.FollowAsync(response)).Text);
        return int.Parse(path.Split('/')[^1]);
    }

    Task<string> LanguageAsync(int cohortId) => Factory.WithDatabaseAsync(db =>
        db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Language).SingleAsync());

    public sealed class OnSqlite(SqliteLmsFactory factory) : CohortEditionTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CohortEditionTests(factory), IClassFixture<PostgresLmsFactory>;
}
