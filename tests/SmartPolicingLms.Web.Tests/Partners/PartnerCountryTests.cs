using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Partners;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Partners;

// A partner organisation says which country it works in: chosen from a list, required, and kept through edits.
public abstract class PartnerCountryTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_new_organisation_without_a_country_is_refused_beside_the_country_field()
    {
        var (officer, _) = await SignedInAsync(Roles.ProgramOfficer);
        var name = Scheduling.Unique("Tais Plus");

        var page = await officer.SubmitAndFollowAsync(await officer.OpenAsync("/partners/new"), "create-organisation", ("Input.Name", name));

        Assert.Equal(["Choose the country the organisation works in."], page.MessagesBeside("Input.CountryCode"));
        Assert.False(await Factory.WithDatabaseAsync(db => db.PartnerOrganisations.AnyAsync(o => o.Name == name)));
    }

    [SkippableFact]
    public async Task The_country_chosen_is_stored_shown_and_changed_on_the_edit_form()
    {
        var (officer, _) = await SignedInAsync(Roles.ProgramOfficer);
        var name = Scheduling.Unique("Tais Plus");
        var form = await officer.OpenAsync("/partners/new");

        var created = await officer.SubmitAndFollowAsync(form, "create-organisation", ("Input.Name", name), ("Input.CountryCode", "KG"));
        var id = await Factory.WithDatabaseAsync(db => db.PartnerOrganisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());
        var edit = await officer.OpenAsync($"/partners/{id}/edit");
        await officer.SubmitAsync(edit, "edit-organisation", ("Input.CountryCode", "KZ"));

        Assert.Contains("Kyrgyzstan", created.Text);
        Assert.Equal("KG", edit.Document.QuerySelector("select[name='Input.CountryCode'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("KZ", await Factory.WithDatabaseAsync(db => db.PartnerOrganisations.Where(o => o.Id == id).Select(o => o.CountryCode).SingleAsync()));
    }

    [SkippableFact]
    public void Only_ISO_3166_country_codes_are_accepted()
    {
        var validator = new OrganisationFieldsValidator();

        Assert.True(validator.Validate(new CreateOrganisation.Command { Name = "Sotsium", CountryCode = "KG" }).IsValid);
        Assert.True(validator.Validate(new CreateOrganisation.Command { Name = "Sotsium", CountryCode = "EH" }).IsValid);
        Assert.False(validator.Validate(new CreateOrganisation.Command { Name = "Sotsium", CountryCode = "Kyrgyzstan" }).IsValid);
        Assert.False(validator.Validate(new CreateOrganisation.Command { Name = "Sotsium", CountryCode = "XX" }).IsValid);
        Assert.False(validator.Validate(new CreateOrganisation.Command { Name = "Sotsium" }).IsValid);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : PartnerCountryTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : PartnerCountryTests(factory), IClassFixture<PostgresLmsFactory>;
}
