using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Partners;

// Contacts are read one at a time on their own page, by program officers and administrators only, and every reading
// leaves a record of who looked and when.
public abstract class ContactViewingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Opening_a_cotrainers_contact_shows_it_and_records_who_looked_and_when()
    {
        var (organisation, coTrainer, contact) = await CoTrainerWithContactAsync();
        var (officer, officerPerson) = await SignedInAsync(Roles.ProgramOfficer);
        var (administrator, administratorPerson) = await SignedInAsync(Roles.Administrator);
        var url = $"/partners/{organisation}/co-trainers/{coTrainer}/contact";
        var before = Factory.Now.AddSeconds(-1);

        var response = await officer.GetAsync(url);
        var seen = await officer.FollowAsync(response);
        var seenNext = await administrator.OpenAsync(url);

        Assert.Contains(contact, seen.Text);
        Assert.True(response.Headers.CacheControl?.NoStore, "the contact page may be kept in a cache");
        var views = await Factory.WithDatabaseAsync(db => db.ContactViews.AsNoTracking().Where(v => v.CoTrainerId == coTrainer)
            .OrderBy(v => v.Id).ToListAsync());
        Assert.Equal([officerPerson.Id, administratorPerson.Id], views.Select(v => v.ViewerUserId));
        Assert.All(views, v => Assert.InRange(v.ViewedAt, before, Factory.Now.AddSeconds(1)));
        var earlier = seenNext.Document.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == "Viewed before").NextElementSibling!;
        var entry = Assert.Single(earlier.QuerySelectorAll("li"));
        Assert.StartsWith(await DisplayNameAsync(officerPerson) + ", " + views[0].ViewedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), entry.TextContent.Trim());
    }

    [SkippableFact]
    public async Task Opening_an_organisations_contact_is_recorded_too()
    {
        var administrator = await People.CreateAsync(Roles.Administrator);
        var contact = $"Office {Guid.NewGuid():N}";
        var organisation = await Scheduling.OrganisationAsync(administrator, contact: contact);
        var (officer, officerPerson) = await SignedInAsync(Roles.ProgramOfficer);

        var seen = await officer.OpenAsync($"/partners/{organisation}/contact");

        Assert.Contains(contact, seen.Text);
        Assert.Equal([officerPerson.Id], await Factory.WithDatabaseAsync(db =>
            db.ContactViews.Where(v => v.PartnerOrganisationId == organisation).Select(v => v.ViewerUserId).ToListAsync()));
    }

    [SkippableFact]
    public async Task The_pages_that_manage_cotrainers_neither_show_their_contact_nor_record_a_view()
    {
        var (organisation, coTrainer, contact) = await CoTrainerWithContactAsync();
        var (officer, _) = await SignedInAsync(Roles.ProgramOfficer);

        var pages = new[] { $"/partners/{organisation}", $"/partners/{organisation}/co-trainers/{coTrainer}/edit",
            $"/partners/{organisation}/co-trainers/{coTrainer}/remove", "/partners", "/audit" };
        foreach (var url in pages)
        {
            var response = await officer.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(contact, await response.Content.ReadAsStringAsync());
        }

        Assert.Equal(0, await Factory.WithDatabaseAsync(db => db.ContactViews.CountAsync(v => v.CoTrainerId == coTrainer)));
    }

    [SkippableFact]
    public async Task An_instructor_is_refused_a_contact_and_leaves_no_record()
    {
        var (organisation, coTrainer, contact) = await CoTrainerWithContactAsync();
        var (instructor, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());

        var response = await instructor.GetAsync($"/partners/{organisation}/co-trainers/{coTrainer}/contact");

        Assert.Equal(Authorization.Outcome.Denied, Authorization.Outcomes.Of(response));
        Assert.DoesNotContain(contact, await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await Factory.WithDatabaseAsync(db => db.ContactViews.CountAsync(v => v.CoTrainerId == coTrainer)));
    }

    async Task<(int Organisation, int CoTrainer, string Contact)> CoTrainerWithContactAsync()
    {
        var administrator = await People.CreateAsync(Roles.Administrator);
        var organisation = await Scheduling.OrganisationAsync(administrator);
        var contact = $"+233 24 {Random.Shared.Next(1_000_000, 9_999_999)} ({Guid.NewGuid():N})";
        return (organisation, await Scheduling.CoTrainerAsync(administrator, organisation, Scheduling.Unique("Ama"), consent: false, contact), contact);
    }

    Task<string> DisplayNameAsync(Person person) => Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.DisplayName).SingleAsync());

    public sealed class OnSqlite(SqliteLmsFactory factory) : ContactViewingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ContactViewingTests(factory), IClassFixture<PostgresLmsFactory>;
}
