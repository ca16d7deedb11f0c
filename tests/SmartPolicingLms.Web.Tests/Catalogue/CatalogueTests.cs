using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Catalogue;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Catalogue;

// What a recruit reads in the catalogue, checked against what the curricula library makes of the shipped courses.
public abstract class CatalogueTests(LmsFactory factory) : LmsTest(factory)
{
    public static TheoryData<string> Courses() => [.. ExpectedCourses.Shipped.Select(c => c.Id)];

    Task<Visitor> RecruitAsync() => Factory.SharedAsync("catalogue-recruit", async factory =>
    {
        var visitor = new Visitor(factory);
        await visitor.SignInAsync(await factory.People.CreateAsync(Roles.Recruit, await factory.People.CreateInstitutionAsync()));
        return visitor;
    });

    [SkippableFact]
    public async Task The_catalogue_lists_every_course_with_a_link_to_its_latest_version()
    {
        var page = await (await RecruitAsync()).OpenAsync("/catalogue");

        Assert.NotEmpty(ExpectedCourses.Shipped);
        foreach (var course in ExpectedCourses.Shipped)
        {
            var link = Assert.Single(page.Document.QuerySelectorAll("h2 a"), a => HtmlPage.Normalize(a.TextContent) == course.Title);
            Assert.Equal(CatalogueLinks.Version(course.Id, 1), link.GetAttribute("href"));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Courses))]
    public async Task A_version_page_shows_each_modules_hours_delivery_and_co_trainer_slots(string courseId)
    {
        var course = ExpectedCourses.ShippedCourse(courseId);

        var page = await (await RecruitAsync()).OpenAsync($"/catalogue/{courseId}/versions/1");

        var rows = page.Table("#", "Module", "Hours", "Delivery", "Co-trainer slots");
        Assert.Equal(course.Modules.Count, rows.Count);
        foreach (var (module, row) in course.Modules.Zip(rows))
        {
            Assert.Equal(
                [module.Number.ToString(), module.Title, CatalogueText.Hours(module.Hours), CatalogueText.Of(module.Delivery)],
                new[] { "#", "Module", "Hours", "Delivery" }.Select(column => HtmlPage.Normalize(row[column].TextContent)));
            Assert.Equal(module.Slots.Select(s => new ShowVersion.SlotRow(s.Community, s.Role).Text),
                row["Co-trainer slots"].QuerySelectorAll("li").Select(li => HtmlPage.Normalize(li.TextContent)));
        }
        Assert.Contains(CatalogueText.Hours(course.Settings.DeclaredHours), Described(page, "Hours"));
    }

    [SkippableTheory]
    [MemberData(nameof(Courses))]
    public async Task A_version_page_counts_the_questions_of_each_kind(string courseId)
    {
        var course = ExpectedCourses.ShippedCourse(courseId);

        var page = await (await RecruitAsync()).OpenAsync($"/catalogue/{courseId}/versions/1");

        var questions = Described(page, "Questions");
        Assert.StartsWith($"{course.Questions.Count}:", questions);
        foreach (var kind in course.Questions.GroupBy(q => q.Kind))
            Assert.Contains($"{kind.Count()} {CatalogueText.Of(kind.Key).ToLowerInvariant()}", questions);
    }

    [SkippableTheory]
    [MemberData(nameof(Courses))]
    public async Task Each_module_page_shows_the_rendered_module_with_its_objectives(string courseId)
    {
        var recruit = await RecruitAsync();
        foreach (var module in ExpectedCourses.ShippedCourse(courseId).Modules)
        {
            var page = await recruit.OpenAsync($"/catalogue/{courseId}/versions/1/modules/{module.Id}");

            Assert.Equal($"{module.Number}. {module.Title}", page.Heading);
            Assert.Equal(Html.Canonical(module.Html), page.Document.QuerySelector("article.course-html")!.InnerHtml);
            var objectives = page.Document.QuerySelectorAll("h2 + ul").FirstOrDefault()?.QuerySelectorAll("li")
                .Select(li => HtmlPage.Normalize(li.TextContent)) ?? [];
            Assert.Equal(module.Objectives.Select(o => HtmlPage.Normalize(o.Text)), objectives);
        }
    }

    [SkippableFact]
    public async Task Images_in_a_module_are_served_from_the_stored_version()
    {
        var course = ExpectedCourses.Shipped.First(c => c.Files.Any(f => f.IsImage));
        var module = course.Modules.First(m => m.Html.Contains("<img"));
        var recruit = await RecruitAsync();
        var page = await recruit.OpenAsync($"/catalogue/{course.Id}/versions/1/modules/{module.Id}");

        var source = page.Document.QuerySelector("article.course-html img")!.GetAttribute("src")!;
        var response = await recruit.GetAsync(source);

        var image = course.Files.Single(f => source.EndsWith(f.Path));
        Assert.Equal(image.Content.ToArray(), await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("image/", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task An_unknown_course_version_or_module_is_not_found()
    {
        var recruit = await RecruitAsync();
        var course = ExpectedCourses.Shipped[0];

        foreach (var url in new[]
                 {
                     $"/catalogue/no-such-course", $"/catalogue/{course.Id}/versions/99",
                     $"/catalogue/{course.Id}/versions/1/modules/no-such-module",
                 })
            Assert.Equal(Outcome.NotFound, Outcomes.Of(await recruit.GetAsync(url)));
    }

    // The definition beside a term in the version page's summary list.
    static string Described(HtmlPage page, string term) => HtmlPage.Normalize(page.Document.QuerySelectorAll("dt")
        .Single(dt => HtmlPage.Normalize(dt.TextContent) == term).NextElementSibling!.TextContent);

    public sealed class OnSqlite(SqliteLmsFactory factory) : CatalogueTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CatalogueTests(factory), IClassFixture<PostgresLmsFactory>;
}
