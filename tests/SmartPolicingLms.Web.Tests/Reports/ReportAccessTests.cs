using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Reports;

// A program officer reports on the institutions they follow and nothing else, and the co-trainer figures name
// organisations, never a person.
public abstract class ReportAccessTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_program_officer_never_sees_an_institution_they_do_not_follow()
    {
        var world = await ReportWorld.CreateAsync(Factory);
        var visitor = await world.Closed.SignedInAsync(world.Officer);

        var everything = await visitor.OpenAsync("/reports");
        var named = await visitor.GetAsync($"/reports?institution={world.OtherInstitutionId}");
        var cohort = await visitor.GetAsync($"/reports?cohort={world.Elsewhere.CohortId}");
        var targetForm = await visitor.GetAsync($"/reports/targets?institution={world.OtherInstitutionId}&course=x&year=2030");
        var ownForm = await visitor.OpenAsync($"/reports/targets?institution={world.InstitutionId}&course={Completion.CompletionWorld.Course}&year=2030");
        var posted = await visitor.SubmitAsync(ownForm, "set-target", ("Input.InstitutionId", world.OtherInstitutionId.ToString()), ("Input.Officers", "9"));

        Assert.Equal([world.InstitutionId.ToString()], everything.Document.QuerySelectorAll("#institution option")
            .Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }));
        Assert.NotNull(everything.Document.QuerySelector($"tr[data-cohort='{world.Closed.CohortId}']"));
        Assert.Null(everything.Document.QuerySelector($"tr[data-cohort='{world.Elsewhere.CohortId}']"));
        Assert.Equal(HttpStatusCode.NotFound, named.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cohort.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, targetForm.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.False(await Factory.WithDatabaseAsync(db => db.TrainingTargets.AnyAsync(t => t.InstitutionId == world.OtherInstitutionId)));
    }

    [SkippableFact]
    public async Task Slot_figures_count_per_organisation_and_course_and_name_no_co_trainer()
    {
        var world = await ReportWorld.CreateAsync(Factory);
        var organisation = await Scheduling.OrganisationAsync(world.Officer, "Community Partner Reporting");
        var coTrainer = await Scheduling.CoTrainerAsync(world.Officer, organisation, "Zarina Chosenname", consent: true);
        var slots = await Scheduling.SlotsAsync(world.Running.CohortId);
        await Scheduling.FillAsync(world.Running.Lead, world.Running.CohortId, slots[0].Id, organisation, coTrainer);
        await Scheduling.WaiveAsync(world.Running.Lead, world.Running.CohortId, slots[1].Id, "The partner could not come that week");
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.SessionSlots.SingleAsync(s => s.Id == slots[0].Id)).RecordDelivery(true, world.Running.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });
        var visitor = await world.Closed.SignedInAsync(world.Officer);

        var page = await visitor.OpenAsync(world.Report());
        var byOrganisation = page.Document.QuerySelector("[data-testid=slots-by-organisation]")!;
        var row = byOrganisation.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Community Partner Reporting");

        Assert.Equal(["1", "1", "0", "0", "0", "0", "0"], row.QuerySelectorAll("td").Select(c => c.TextContent));
        Assert.Contains("Waived", byOrganisation.TextContent);
        Assert.DoesNotContain("Zarina", page.Text);
        Assert.DoesNotContain("Chosenname", await (await visitor.GetAsync(world.Report())).Content.ReadAsStringAsync());
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ReportAccessTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ReportAccessTests(factory), IClassFixture<PostgresLmsFactory>;
}
