using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Catalogue;

// The catalogue's own words in the reader's language around the courses' words, which are the curriculum's.
public abstract class CatalogueLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("ru", "Каталог курсов", "Проходной балл", "Модули")]
    [InlineData("ky", "Курстардын каталогу", "Өтүү упайы", "Модулдар")]
    public async Task The_catalogue_and_a_version_page_speak_the_browser_s_language(string language, string heading, string passMark, string modules)
    {
        var (visitor, _) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());
        visitor.Speaking(language);

        var catalogue = await visitor.OpenAsync("/catalogue");
        var version = await visitor.OpenAsync(catalogue.Document.QuerySelector("h2 a")!.GetAttribute("href")!);

        Assert.Equal(heading, catalogue.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Course catalogue", catalogue.Text);
        Assert.Contains(version.Document.QuerySelectorAll("dt"), dt => dt.TextContent.Trim() == passMark);
        Assert.Contains(version.Document.QuerySelectorAll("h2"), h => h.TextContent.Trim() == modules);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CatalogueLanguageTests(factory), IClassFixture<SqliteLmsFactory>;
}
