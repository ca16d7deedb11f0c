using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Institutions;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Institutions;

public abstract class InstitutionTests(LmsFactory factory) : LmsTest(factory)
{
    static string NewName() => $"Police Training School {Guid.NewGuid():N}"[..36];

    [SkippableFact]
    public async Task An_administrator_creates_an_institution_and_sees_it_listed()
    {
        var administrator = await AdministratorAsync();
        var name = NewName();

        var list = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/institutions/new"), "create-institution",
            ("Input.Name", name), ("Input.CountryCode", "gh"), ("Input.TimeZoneId", "Africa/Accra"));

        Assert.Equal("/admin/institutions", list.Path);
        var row = list.Document.QuerySelectorAll("tbody tr").Select(r => HtmlPage.Normalize(r.TextContent)).Single(r => r.Contains(name));
        Assert.Contains("Africa/Accra", row);
        Assert.Contains("(GH)", row);
        var stored = await Factory.WithDatabaseAsync(db => db.Institutions.SingleAsync(i => i.Name == name));
        Assert.Equal(("GH", "Africa/Accra"), (stored.CountryCode, stored.TimeZoneId));
    }

    [SkippableFact]
    public async Task Each_invalid_field_gets_a_message_beside_it_that_names_the_field()
    {
        var administrator = await AdministratorAsync();
        var command = new CreateInstitution.Command { Name = "", CountryCode = "XX", TimeZoneId = "Mars/Olympus_Mons" };
        var expected = new CreateInstitution.Validator().Validate(command).Errors
            .ToLookup(e => e.PropertyName, e => e.ErrorMessage);
        var institutionsBefore = await Factory.WithDatabaseAsync(db => db.Institutions.CountAsync());

        var page = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/institutions/new"), "create-institution",
            ("Input.Name", command.Name), ("Input.CountryCode", command.CountryCode), ("Input.TimeZoneId", command.TimeZoneId));

        Assert.Equal("/admin/institutions/new", page.Path);
        foreach (var (field, label) in new[] { ("Name", "name"), ("CountryCode", "country"), ("TimeZoneId", "time zone") })
        {
            var beside = page.MessagesBeside($"Input.{field}");
            Assert.NotEmpty(beside);
            Assert.Equal(expected[field], beside);
            Assert.All(beside, message => Assert.Contains(label, message, StringComparison.OrdinalIgnoreCase));
        }
        Assert.Equal(institutionsBefore, await Factory.WithDatabaseAsync(db => db.Institutions.CountAsync()));
    }

    [SkippableFact]
    public async Task The_country_is_chosen_by_name_from_every_ISO_3166_country()
    {
        var administrator = await AdministratorAsync();

        var form = await administrator.OpenAsync("/admin/institutions/new");

        var options = form.Document.QuerySelectorAll("select[name='Input.CountryCode'] option")
            .ToDictionary(o => o.GetAttribute("value")!, o => HtmlPage.Normalize(o.TextContent));
        Assert.Equal(249 + 1, options.Count);
        Assert.Equal(("Kyrgyzstan", "Ghana", "Kenya", "India", "Myanmar", "Cayman Islands"),
            (options["KG"], options["GH"], options["KE"], options["IN"], options["MM"], options["KY"]));
    }

    [SkippableFact]
    public async Task A_typed_country_name_is_refused_beside_the_field_and_never_cut_to_a_code()
    {
        var administrator = await AdministratorAsync();
        var name = NewName();

        var page = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/institutions/new"), "create-institution",
            ("Input.Name", name), ("Input.CountryCode", "Kyrgyzstan"), ("Input.TimeZoneId", "Asia/Bishkek"));

        Assert.Equal("/admin/institutions/new", page.Path);
        Assert.Equal(["Choose the country from the list."], page.MessagesBeside("Input.CountryCode"));
        Assert.False(await Factory.WithDatabaseAsync(db => db.Institutions.AnyAsync(i => i.Name == name)));
    }

    [SkippableTheory]
    [InlineData("en", "Choose one of the time zones of Kyrgyzstan.")]
    [InlineData("ru", "Выберите один из часовых поясов страны Кыргызстан.")]
    public async Task A_time_zone_of_another_country_is_refused_beside_the_field(string language, string message)
    {
        var administrator = (await AdministratorAsync()).Speaking(language);
        var name = NewName();

        var page = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/institutions/new"), "create-institution",
            ("Input.Name", name), ("Input.CountryCode", "KG"), ("Input.TimeZoneId", "Africa/Nairobi"));

        Assert.Equal("/admin/institutions/new", page.Path);
        Assert.Equal([message], page.MessagesBeside("Input.TimeZoneId"));
        Assert.False(await Factory.WithDatabaseAsync(db => db.Institutions.AnyAsync(i => i.Name == name)));
    }

    [SkippableFact]
    public async Task Showing_a_countrys_time_zones_saves_nothing_and_offers_only_that_countrys_zones()
    {
        var administrator = await AdministratorAsync();
        var name = NewName();

        var shown = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/institutions/new"), "create-institution",
            ("Input.Name", name), ("Input.CountryCode", "KG"), ("Input.TimeZoneId", "Africa/Accra"), ("ShowZones", "true"));
        var savedBefore = await Factory.WithDatabaseAsync(db => db.Institutions.AnyAsync(i => i.Name == name));
        var list = await administrator.SubmitAndFollowAsync(shown, "create-institution");

        Assert.Equal("/admin/institutions/new", shown.Path);
        Assert.Equal(["Asia/Bishkek"], shown.Document.QuerySelectorAll("select[name='Input.TimeZoneId'] option").Select(o => o.GetAttribute("value")));
        Assert.Empty(shown.Document.QuerySelectorAll(".validation-message"));
        Assert.False(savedBefore);
        Assert.Equal("/admin/institutions", list.Path);
        var stored = await Factory.WithDatabaseAsync(db => db.Institutions.SingleAsync(i => i.Name == name));
        Assert.Equal(("KG", "Asia/Bishkek"), (stored.CountryCode, stored.TimeZoneId));
    }

    [SkippableFact]
    public async Task A_second_institution_with_the_same_name_is_refused()
    {
        var name = NewName();
        await People.CreateInstitutionAsync(name);
        var administrator = await AdministratorAsync();

        var page = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/institutions/new"), "create-institution",
            ("Input.Name", name), ("Input.CountryCode", "KE"), ("Input.TimeZoneId", "Africa/Nairobi"));

        Assert.Equal("/admin/institutions/new", page.Path);
        Assert.NotEmpty(page.MessagesBeside("Input.Name"));
        Assert.Equal(1, await Factory.WithDatabaseAsync(db => db.Institutions.CountAsync(i => i.Name == name)));
    }

    [SkippableFact]
    public async Task A_certificate_code_another_institution_uses_is_refused_beside_its_field()
    {
        var code = $"C{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var administrator = await AdministratorAsync();
        await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/institutions/new"), "create-institution",
            ("Input.Name", NewName()), ("Input.CountryCode", "KG"), ("Input.TimeZoneId", "Asia/Bishkek"), ("Input.CertificateCode", code));

        var page = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/institutions/new"), "create-institution",
            ("Input.Name", NewName()), ("Input.CountryCode", "KE"), ("Input.TimeZoneId", "Africa/Nairobi"), ("Input.CertificateCode", code.ToLowerInvariant()));

        Assert.Equal("/admin/institutions/new", page.Path);
        Assert.Contains(Features.Institutions.InstitutionFieldsValidator.CodeTaken, page.MessagesBeside("Input.CertificateCode"));
        Assert.Equal(1, await Factory.WithDatabaseAsync(db => db.Institutions.CountAsync(i => i.CertificateCode == code)));
    }

    [SkippableFact]
    public async Task An_administrator_edits_an_institution()
    {
        var id = await People.CreateInstitutionAsync();
        var administrator = await AdministratorAsync();
        var renamed = NewName();

        var list = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync($"/admin/institutions/{id}/edit"), "edit-institution",
            ("Input.Name", renamed), ("Input.CountryCode", "IN"), ("Input.TimeZoneId", "Asia/Kolkata"));

        Assert.Equal("/admin/institutions", list.Path);
        Assert.Contains(renamed, list.Text);
        var stored = await Factory.WithDatabaseAsync(db => db.Institutions.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal((renamed, "IN", "Asia/Kolkata", 2), (stored.Name, stored.CountryCode, stored.TimeZoneId, stored.Version));
    }

    [SkippableFact]
    public async Task Of_two_edits_from_the_same_version_the_second_is_refused_and_nothing_is_overwritten()
    {
        var id = await People.CreateInstitutionAsync();
        var first = await AdministratorAsync();
        var second = await AdministratorAsync();
        var firstForm = await first.OpenAsync($"/admin/institutions/{id}/edit");
        var secondForm = await second.OpenAsync($"/admin/institutions/{id}/edit");
        var firstName = NewName();
        var secondName = NewName();

        await first.SubmitAsync(firstForm, "edit-institution", ("Input.Name", firstName));
        var refused = await second.SubmitAndFollowAsync(secondForm, "edit-institution", ("Input.Name", secondName));

        Assert.Equal($"/admin/institutions/{id}/edit", refused.Path);
        Assert.Contains(EditInstitution.ConflictMessage, refused.SummaryMessages);
        Assert.Equal(firstName, refused.FieldValue("Input.Name"));
        Assert.Equal(firstName, await Factory.WithDatabaseAsync(db => db.Institutions.Where(i => i.Id == id).Select(i => i.Name).SingleAsync()));

        // Made again on the form that now shows the first change, the second edit goes through.
        await second.SubmitAsync(refused, "edit-institution", ("Input.Name", secondName));
        Assert.Equal(secondName, await Factory.WithDatabaseAsync(db => db.Institutions.Where(i => i.Id == id).Select(i => i.Name).SingleAsync()));
    }

    [SkippableFact]
    public async Task Of_edits_racing_from_the_same_version_exactly_one_is_saved()
    {
        var id = await People.CreateInstitutionAsync();
        var editors = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            var administrator = await AdministratorAsync();
            return (Administrator: administrator, Form: await administrator.OpenAsync($"/admin/institutions/{id}/edit"), Name: NewName());
        }));

        var responses = await Task.WhenAll(editors.Select(e => e.Administrator.SubmitAsync(e.Form, "edit-institution", ("Input.Name", e.Name))));

        var saved = Assert.Single(editors.Zip(responses), pair => Visitor.IsRedirect(pair.Second.StatusCode));
        var stored = await Factory.WithDatabaseAsync(db => db.Institutions.AsNoTracking().SingleAsync(i => i.Id == id));
        Assert.Equal((saved.First.Name, 2), (stored.Name, stored.Version));
        foreach (var refused in responses.Where(r => !Visitor.IsRedirect(r.StatusCode)))
            Assert.Contains(EditInstitution.ConflictMessage,
                new HtmlPage(refused.RequestMessage!.RequestUri!, refused.StatusCode, await refused.Content.ReadAsStringAsync()).SummaryMessages);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : InstitutionTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : InstitutionTests(factory), IClassFixture<PostgresLmsFactory>;
}
