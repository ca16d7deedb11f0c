using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Catalogue;

public abstract class EditionCatalogueTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Instructors_see_a_versions_editions_with_those_awaiting_a_native_speakers_review_marked()
    {
        var courseId = await EditionCourse.ImportAsync(Factory);
        var (instructor, _) = await SignedInAsync(Roles.Instructor);
        var (recruit, _) = await SignedInAsync(Roles.Recruit);

        var page = await instructor.OpenAsync($"/catalogue/{courseId}/versions/1");
        var recruitsPage = await recruit.OpenAsync($"/catalogue/{courseId}/versions/1");

        var editions = HtmlPage.Normalize(page.Document.QuerySelector("#editions")!.TextContent);
        Assert.Contains("Russian (ru), awaiting review by a native speaker", editions);
        Assert.Null(recruitsPage.Document.QuerySelector("#editions"));
    }

    [SkippableFact]
    public async Task A_version_and_its_modules_read_in_an_edition_show_its_words()
    {
        var courseId = await EditionCourse.ImportAsync(Factory);
        var (instructor, _) = await SignedInAsync(Roles.Instructor);
        var module = EditionCourse.English.Modules[0];

        var version = await instructor.OpenAsync($"/catalogue/{courseId}/versions/1?edition=ru");
        var page = await instructor.OpenAsync($"/catalogue/{courseId}/versions/1/modules/{module.Id}?edition=ru");
        var missing = await instructor.GetAsync($"/catalogue/{courseId}/versions/1?edition=ky");

        Assert.Contains("Русский обзор курса", version.Text);
        Assert.Contains("awaiting review by a native speaker", version.Document.QuerySelector("#edition-shown")!.TextContent);
        Assert.Contains(EditionCourse.ModuleText(module), page.Text);
        Assert.DoesNotContain(module.Title, page.Heading);
        Assert.Equal("ru", page.Document.QuerySelector("article.course-html")!.GetAttribute("lang"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : EditionCatalogueTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : EditionCatalogueTests(factory), IClassFixture<PostgresLmsFactory>;
}
