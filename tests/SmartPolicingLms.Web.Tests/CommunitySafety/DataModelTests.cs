using System.Data;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.CommunitySafety;

// Read from the database the migrations built, not from the code: no column anywhere can hold a person's community,
// and nothing that identifies a co-trainer beyond the name they chose is ever stored.
public abstract partial class DataModelTests(LmsFactory factory) : LmsTest(factory)
{
    // Community is a property of an organisation, of a module's seat and of a session's seat: never of a person.
    static readonly string[] TablesWithCommunity = ["ModuleSlot", "PartnerOrganisations", "SessionSlots"];

    [SkippableFact]
    public async Task Only_organisations_and_seats_have_a_community_column()
    {
        var columns = await ColumnsAsync();

        var withCommunity = columns.Where(c => c.Column.Contains("Community", StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Table).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(TablesWithCommunity, withCommunity);
    }

    [SkippableFact]
    public async Task No_table_has_a_column_for_a_legal_name_an_id_number_a_photo_an_address_or_health()
    {
        var columns = await ColumnsAsync();

        Assert.True(columns.Count > 50, $"only {columns.Count} columns read");
        Assert.Empty(columns.Where(c => Identifying().IsMatch(c.Column)).Select(c => $"{c.Table}.{c.Column}"));
    }

    [SkippableFact]
    public async Task A_cotrainer_is_stored_as_a_chosen_name_a_consent_and_an_optional_contact_and_nothing_more()
    {
        var columns = await ColumnsAsync();

        Assert.Equal(["ChosenName", "ConsentToBeNamed", "ContactDetails", "CreatedAt", "Id", "PartnerOrganisationId", "UpdatedAt", "Version"],
            columns.Where(c => c.Table == "CoTrainers").Select(c => c.Column).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task The_form_for_a_new_cotrainer_asks_only_for_a_chosen_name_consent_and_an_optional_contact()
    {
        var (officer, _) = await SignedInAsync(Web.Security.Roles.ProgramOfficer);
        var organisation = await Scheduling.OrganisationAsync(await People.CreateAsync(Web.Security.Roles.Administrator));

        var page = await officer.OpenAsync($"/partners/{organisation}/co-trainers/new");

        var fields = page.Form("create-co-trainer")!.QuerySelectorAll("input:not([type=hidden]), select, textarea")
            .Select(f => f.GetAttribute("name")).Order(StringComparer.Ordinal);
        Assert.Equal(["Input.ChosenName", "Input.ConsentToBeNamed", "Input.ContactDetails"], fields);
    }

    async Task<List<(string Table, string Column)>> ColumnsAsync() => await Factory.WithDatabaseAsync(async db =>
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = db.Database.IsSqlite()
            ? "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%'"
            : "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()";
        var columns = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    });

    [GeneratedRegex("legal|surname|passport|national|idnumber|identitynumber|photo|picture|avatar|address|street|birth|gender|hiv|health|drug|sexwork|ethnic|religio",
        RegexOptions.IgnoreCase)]
    private static partial Regex Identifying();

    public sealed class OnSqlite(SqliteLmsFactory factory) : DataModelTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : DataModelTests(factory), IClassFixture<PostgresLmsFactory>;
}
