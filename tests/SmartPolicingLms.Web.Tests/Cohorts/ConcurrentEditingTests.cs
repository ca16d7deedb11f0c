using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

// Two lead instructors open the same cohort's form at once, from the same version, and both save.
public abstract class ConcurrentEditingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_second_save_of_the_cohorts_details_is_refused_as_a_conflict_and_overwrites_nothing()
    {
        var (scene, second) = await TwoLeadsAsync();
        var (formOfFirst, formOfSecond) = (await scene.Instructor.OpenAsync($"{scene.Page}/edit"), await second.OpenAsync($"{scene.Page}/edit"));
        var changesBefore = await DetailChangesAsync(scene.Cohort);

        var saved = await scene.Instructor.SubmitAsync(formOfFirst, "edit-cohort", ("Input.Name", "Spring intake"), ("Input.Capacity", "24"));
        var refused = await second.SubmitAndFollowAsync(formOfSecond, "edit-cohort", ("Input.Name", "Autumn intake"), ("Input.Capacity", "40"));

        Assert.Equal(scene.Page, Visitor.RedirectPath(saved));
        Assert.Contains(CohortAccess.ConflictMessage, refused.SummaryMessages);
        Assert.Equal("Spring intake", refused.FieldValue("Input.Name"));
        var stored = await Factory.WithDatabaseAsync(db => db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == scene.Cohort));
        Assert.Equal(("Spring intake", 24), (stored.Name, stored.Capacity));
        Assert.Equal(changesBefore + 1, await DetailChangesAsync(scene.Cohort));
    }

    [SkippableFact]
    public async Task The_second_decision_on_the_same_slot_is_refused_as_a_conflict_and_the_first_stands()
    {
        var (scene, second) = await TwoLeadsAsync();
        var slot = (await Scheduling.SlotsAsync(scene.Cohort)).First();
        var url = $"{scene.Page}/slots/{slot.Id}";
        var (formOfFirst, formOfSecond) = (await scene.Instructor.OpenAsync(url), await second.OpenAsync(url));

        await scene.Instructor.SubmitAsync(formOfFirst, "fill-slot", ("Fill.OrganisationId", scene.Organisation.ToString()));
        var refused = await second.SubmitAndFollowAsync(formOfSecond, "waive-slot", ("Waive.Reason", "Nobody is free that week."));

        Assert.Contains(CohortAccess.ConflictMessage, refused.SummaryMessages);
        var stored = await Factory.WithDatabaseAsync(db => db.SessionSlots.AsNoTracking().SingleAsync(s => s.Id == slot.Id));
        Assert.Equal((SlotCoverage.FilledByOrganisation, null, scene.Lead.Id), (stored.Coverage, stored.WaiverReason, stored.DecidedByUserId));
    }

    [SkippableFact]
    public async Task A_saved_change_appears_in_the_audit_log_with_its_before_and_after()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var form = await scene.Instructor.OpenAsync($"{scene.Page}/edit");
        var before = form.FieldValue("Input.Name")!;
        await scene.Instructor.SubmitAsync(form, "edit-cohort", ("Input.Name", "Renamed intake"));
        var administrator = NewVisitor();
        await administrator.SignInAsync(scene.Administrator);

        var audit = await administrator.OpenAsync($"/audit?cohort={scene.Cohort}");

        var row = audit.Document.QuerySelectorAll("table.audit-log > tbody > tr").Single(r => r.TextContent.Contains("Details changed"));
        var name = row.QuerySelectorAll("tr").Single(r => HtmlPage.Normalize(r.QuerySelector("th")?.TextContent) == "Name");
        Assert.Equal([before, "Renamed intake"], name.QuerySelectorAll("td").Select(td => HtmlPage.Normalize(td.TextContent)));
        Assert.Contains("table-warning", name.ClassList);
        Assert.Contains(await DisplayNameAsync(scene.Lead), HtmlPage.Normalize(row.TextContent));
    }

    async Task<(DraftScene Scene, Visitor Second)> TwoLeadsAsync()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var (second, person) = await SignedInAsync(Roles.Instructor, scene.Institution);
        var form = await scene.Instructor.OpenAsync($"{scene.Page}/edit");
        var saved = await scene.Instructor.SubmitAsync(form, "edit-cohort", ("Input.LeadInstructorIds", scene.Lead.Id), ("Input.LeadInstructorIds", person.Id));
        Assert.Equal(scene.Page, Visitor.RedirectPath(saved));
        return (scene, second);
    }

    Task<int> DetailChangesAsync(int cohort) =>
        Factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CohortId == cohort && e.Action == AuditAction.DetailsChanged));

    Task<string> DisplayNameAsync(Person person) => Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.DisplayName).SingleAsync());

    public sealed class OnSqlite(SqliteLmsFactory factory) : ConcurrentEditingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ConcurrentEditingTests(factory), IClassFixture<PostgresLmsFactory>;
}
