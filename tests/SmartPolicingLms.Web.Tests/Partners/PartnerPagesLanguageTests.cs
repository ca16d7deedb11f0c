using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Partners;

// The partner pages in Russian and Kyrgyz, with the respectful names of the communities.
public abstract class PartnerPagesLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("ru", "Партнёрские организации", "Секс-работники и люди, употребляющие наркотики")]
    [InlineData("ky", "Өнөктөш уюмдар", "Секс-кызматкерлер жана баңгизат колдонгон адамдар")]
    public async Task The_partner_list_speaks_the_officers_language(string language, string heading, string community)
    {
        var (officer, person) = await SignedInAsync(Roles.ProgramOfficer);
        await Scheduling.OrganisationAsync(person, community: PartnerCommunity.Both);
        officer.Speaking(language);

        var page = await officer.OpenAsync("/partners");

        Assert.Equal(heading, page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains(community, page.Text);
        Assert.DoesNotContain("Partner organisations", page.Text);
        Assert.DoesNotContain("People who use drugs", page.Text);
    }

    [SkippableFact]
    public async Task A_nameless_organisation_is_refused_beside_its_field_in_russian()
    {
        var (officer, _) = await SignedInAsync(Roles.ProgramOfficer);
        officer.Speaking("ru");

        var page = await officer.SubmitAndFollowAsync(await officer.OpenAsync("/partners/new"), "create-organisation", ("Input.Name", ""));

        Assert.Equal("Новая партнёрская организация", page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains(page.MessagesBeside("Input.Name"), m => m.Contains("Название"));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : PartnerPagesLanguageTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : PartnerPagesLanguageTests(factory), IClassFixture<PostgresLmsFactory>;
}
