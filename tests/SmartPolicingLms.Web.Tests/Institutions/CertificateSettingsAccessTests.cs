using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Institutions;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Institutions;

// Who reaches an institution's certificate settings beyond what the authorization matrix asks (its instructor leads a
// cohort): an instructor of the institution who leads none, one of another institution, and where the page is linked.
public abstract class CertificateSettingsAccessTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_instructor_who_leads_none_of_its_cohorts_is_refused_and_one_of_another_institution_finds_no_such_institution()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var notALead = await People.CreateAsync(Roles.Instructor, world.InstitutionId);
        var elsewhere = await CompletionWorld.CreateAsync(Factory);
        var url = $"/institutions/{world.InstitutionId}/certificate";
        var notALeadVisitor = NewVisitor();
        await notALeadVisitor.SignInAsync(notALead);
        var elsewhereVisitor = NewVisitor();
        await elsewhereVisitor.SignInAsync(elsewhere.Lead);

        var refused = await notALeadVisitor.GetAsync(url);
        var hidden = await elsewhereVisitor.GetAsync(url);
        var saves = await Task.WhenAll(new[] { notALead, elsewhere.Lead }.Select(person => Factory.AsAsync(person, services =>
            services.GetRequiredService<SetSignatories.Handler>().HandleAsync(new SetSignatories.Command
            {
                InstitutionId = world.InstitutionId, Version = 1, Signatories = [new() { Name = "Kofi Boateng", Title = "Commandant" }],
            }, CancellationToken.None))));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(InstitutionAccess.NotALeadMessage, new HtmlPage(new Uri("http://localhost" + url), refused.StatusCode,
            await refused.Content.ReadAsStringAsync()).Text);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal([RefusalKind.Forbidden, RefusalKind.NotFound], saves.Select(s => s.Kind));
        Assert.All(saves, s => Assert.False(s.Succeeded));
        Assert.Empty(await Factory.WithDatabaseAsync(db => db.Institutions.Where(i => i.Id == world.InstitutionId).Select(i => i.Signatories).SingleAsync()));
    }

    [SkippableFact]
    public async Task The_page_is_linked_from_the_institution_list_and_edit_page_and_from_a_lead_instructors_cohort_list()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var link = $"institutions/{world.InstitutionId}/certificate";
        var administrator = await AdministratorAsync();
        var lead = NewVisitor();
        await lead.SignInAsync(world.Lead);
        var (notALead, _) = await SignedInAsync(Roles.Instructor, world.InstitutionId);

        Assert.Contains(link, (await administrator.OpenAsync("/admin/institutions")).Links);
        Assert.Contains(link, (await administrator.OpenAsync($"/admin/institutions/{world.InstitutionId}/edit")).Links);
        Assert.Contains(link, (await lead.OpenAsync("/cohorts")).Links);
        Assert.DoesNotContain((await notALead.OpenAsync("/cohorts")).Links, l => l.EndsWith("/certificate", StringComparison.Ordinal));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CertificateSettingsAccessTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CertificateSettingsAccessTests(factory), IClassFixture<PostgresLmsFactory>;
}
