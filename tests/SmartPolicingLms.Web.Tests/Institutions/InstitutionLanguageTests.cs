using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Institutions;

// An institution's default language is what its people get until they choose one themselves; the pages where an
// administrator sets it are in the administrator's own language.
public abstract class InstitutionLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    static string NewName() => $"Police Academy {Guid.NewGuid():N}"[..32];

    [SkippableFact]
    public async Task Instructors_who_chose_no_language_get_the_institutions_default_and_one_who_chose_keeps_theirs()
    {
        var administrator = await AdministratorAsync();
        var name = NewName();
        await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/institutions/new"), "create-institution",
            ("Input.Name", name), ("Input.CountryCode", "KG"), ("Input.TimeZoneId", "Asia/Bishkek"), ("Input.DefaultLanguage", "ru"));
        var institution = await Factory.WithDatabaseAsync(db => db.Institutions.AsNoTracking().SingleAsync(i => i.Name == name));
        var undecided = await People.CreateAsync(Roles.Instructor, institution.Id);
        var decided = await People.CreateAsync(Roles.Instructor, institution.Id);
        await Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == decided.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, "ky")));

        var inDefault = await (await SignedInAsync(undecided)).OpenAsync("/");
        var inOwn = await (await SignedInAsync(decided)).OpenAsync("/");

        Assert.Equal("ru", institution.DefaultLanguage);
        Assert.Equal("ru", inDefault.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Каталог курсов", inDefault.Text);
        Assert.DoesNotContain("Course catalogue", inDefault.Text);
        Assert.Equal("ky", inOwn.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Курстардын каталогу", inOwn.Text);
    }

    [SkippableFact]
    public async Task An_administrator_changes_the_default_language_and_can_hand_the_choice_back_to_browsers()
    {
        var id = await People.CreateInstitutionAsync();
        var administrator = await AdministratorAsync();
        var edit = $"/admin/institutions/{id}/edit";

        await administrator.SubmitAndFollowAsync(await administrator.OpenAsync(edit), "edit-institution", ("Input.DefaultLanguage", "ky"));
        var form = await administrator.OpenAsync(edit);
        var chosen = (form.Document.QuerySelector("select[name='Input.DefaultLanguage']") as IHtmlSelectElement)?.Value;
        await administrator.SubmitAndFollowAsync(form, "edit-institution", ("Input.DefaultLanguage", ""));

        Assert.Equal("ky", chosen);
        Assert.Null(await Factory.WithDatabaseAsync(db => db.Institutions.Where(i => i.Id == id).Select(i => i.DefaultLanguage).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_language_the_interface_does_not_have_is_refused_beside_the_field_in_the_administrators_language()
    {
        var id = await People.CreateInstitutionAsync();
        var administrator = (await AdministratorAsync()).Speaking("ru");

        var page = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync($"/admin/institutions/{id}/edit"), "edit-institution",
            ("Input.DefaultLanguage", "de"));

        Assert.Equal($"/admin/institutions/{id}/edit", page.Path);
        Assert.Contains(page.MessagesBeside("Input.DefaultLanguage"), m => m.Contains("английский, русский или кыргызский"));
        Assert.Null(await Factory.WithDatabaseAsync(db => db.Institutions.Where(i => i.Id == id).Select(i => i.DefaultLanguage).SingleAsync()));
    }

    [SkippableTheory]
    [InlineData("ru", "Учебные заведения", "Новое учебное заведение")]
    [InlineData("ky", "Окуу жайлар", "Жаңы окуу жай")]
    public async Task The_institutions_pages_speak_the_administrators_language(string language, string heading, string button)
    {
        var administrator = (await AdministratorAsync()).Speaking(language);

        var list = await administrator.OpenAsync("/admin/institutions");
        var create = await administrator.OpenAsync("/admin/institutions/new");

        Assert.Equal(heading, list.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains(button, list.Text);
        Assert.DoesNotContain("Training institutions", list.Text);
        Assert.Contains(button, create.Document.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Time zone", create.Text);
    }

    // A browser that asks for no language: what the page is in comes from the account and its institution.
    async Task<Visitor> SignedInAsync(Person person)
    {
        var visitor = NewVisitor();
        await visitor.SignInAsync(person);
        return visitor;
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : InstitutionLanguageTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : InstitutionLanguageTests(factory), IClassFixture<PostgresLmsFactory>;
}
