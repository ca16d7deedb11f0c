using System.Net;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Exports;

// The program officer's exports page: the choices come from the institutions they follow, the address holds the
// choice, and every download link carries it.
public abstract class ExportsPageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_page_offers_only_followed_institutions_counts_what_the_choice_covers_and_links_each_download_with_it()
    {
        var scene = await ExportScene.CreateAsync(Factory);
        var visitor = await scene.Closed.SignedInAsync(scene.ProgramOfficer);

        var page = await visitor.OpenAsync($"/{ReportLinks.Exports}?cohort={scene.Open.CohortId}");

        var institutions = page.Document.QuerySelectorAll("select[name=institution] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(new[] { "", scene.Closed.InstitutionId.ToString(), scene.Open.InstitutionId.ToString() }.Order(), institutions.Order());
        Assert.DoesNotContain(scene.Unfollowed.ToString(), institutions);
        Assert.Equal([scene.Open.CohortId.ToString()],
            page.Document.QuerySelectorAll("input[name=cohort]:checked").Select(i => i.GetAttribute("value")));
        Assert.Equal(2, page.Document.QuerySelectorAll("input[name=cohort]").Length);
        Assert.Contains("This choice covers 1 cohort with 2 enrolled recruits", page.Text);
        foreach (var (id, route) in new[] { ("register-csv", ReportLinks.RegisterCsv), ("register-xlsx", ReportLinks.RegisterXlsx),
                     ("register-pdf", ReportLinks.RegisterPdf), ("dataset", ReportLinks.Dataset), ("certificates-zip", ReportLinks.CertificatesZip),
                     ("certificates-pdf", ReportLinks.CertificatesPdf) })
            Assert.Equal($"{route}?cohort={scene.Open.CohortId}", page.Document.QuerySelector($"[data-testid={id}]")?.GetAttribute("href"));
    }

    [SkippableFact]
    public async Task An_institution_the_program_officer_does_not_follow_is_not_found_and_an_unreadable_date_says_why()
    {
        var scene = await ExportScene.CreateAsync(Factory);
        var visitor = await scene.Closed.SignedInAsync(scene.ProgramOfficer);

        var unfollowed = await visitor.GetAsync($"/{ReportLinks.Exports}?institution={scene.Unfollowed}");
        var unreadable = await visitor.FollowAsync(await visitor.GetAsync($"/{ReportLinks.Exports}?to=tomorrow"));

        Assert.Equal(HttpStatusCode.NotFound, unfollowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.Status);
        Assert.Contains("\"tomorrow\" is not a date", unreadable.Text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ExportsPageTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ExportsPageTests(factory), IClassFixture<PostgresLmsFactory>;
}
