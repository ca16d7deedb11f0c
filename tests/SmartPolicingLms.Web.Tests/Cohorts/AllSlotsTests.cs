using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

// Every co-trainer slot of a cohort decided on one page, in one post, all or nothing; each slot offered only the
// partner organisations working in the cohort's country.
public abstract class AllSlotsTests(LmsFactory factory) : LmsTest(factory)
{
    const string Reason = "No partner can send anyone that week; agreed with them to repeat the session.";

    [SkippableFact]
    public async Task Every_slot_is_filled_or_waived_in_one_post_and_the_cohort_changes_once()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var slots = await Scheduling.SlotsAsync(scene.Cohort);
        var version = await Scheduling.VersionAsync(scene.Cohort);
        var form = await scene.Instructor.OpenAsync($"{scene.Page}/slots");

        var saved = await scene.Instructor.SubmitAsync(form, "fill-all-slots",
            [.. slots.SkipLast(1).Select((_, i) => ($"Input.Slots[{i}].OrganisationId", scene.Organisation.ToString())),
                ($"Input.Slots[{slots.Count - 1}].WaiverReason", Reason)]);

        Assert.True(slots.Count > 1);
        Assert.Equal(scene.Page, Visitor.RedirectPath(saved));
        var stored = await Scheduling.SlotsAsync(scene.Cohort);
        Assert.All(stored.SkipLast(1), s => Assert.Equal((SlotCoverage.FilledByOrganisation, scene.Organisation), (s.Coverage, s.PartnerOrganisationId!.Value)));
        Assert.Equal((SlotCoverage.Waived, Reason), (stored[^1].Coverage, stored[^1].WaiverReason));
        Assert.Equal(version + 1, await Scheduling.VersionAsync(scene.Cohort));
        Assert.Equal(slots.Count, await Factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CohortId == scene.Cohort
            && (e.Action == AuditAction.SlotFilledByOrganisation || e.Action == AuditAction.SlotWaived))));
    }

    [SkippableFact]
    public async Task One_slot_that_cannot_be_saved_saves_nothing_and_its_message_names_the_slot()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var slots = await Scheduling.SlotsAsync(scene.Cohort);
        var form = await scene.Instructor.OpenAsync($"{scene.Page}/slots");
        var secondSlot = HtmlPage.Normalize(form.Document.QuerySelectorAll("form fieldset legend")[1].TextContent);

        var page = await scene.Instructor.SubmitAndFollowAsync(form, "fill-all-slots",
            [.. slots.Select((_, i) => ($"Input.Slots[{i}].OrganisationId", scene.Organisation.ToString())),
                ("Input.Slots[1].WaiverReason", Reason)]);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal([$"{secondSlot}: {FillAllSlots.NotBoth}"], page.MessagesBeside("Input.Slots[1].WaiverReason"));
        Assert.Contains($"{secondSlot}: {FillAllSlots.NotBoth}", page.SummaryMessages);
        Assert.All(await Scheduling.SlotsAsync(scene.Cohort), s => Assert.Equal(SlotCoverage.Open, s.Coverage));
        Assert.Equal(0, await Factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.CohortId == scene.Cohort
            && e.Action == AuditAction.SlotFilledByOrganisation)));
    }

    [SkippableFact]
    public async Task Each_slot_is_offered_only_organisations_working_in_the_cohorts_country()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var kenyan = await Scheduling.OrganisationAsync(scene.Administrator, Scheduling.Unique("KASH"), PartnerCommunity.Both, country: "KE");
        var slot = (await Scheduling.SlotsAsync(scene.Cohort)).First();

        var all = await scene.Instructor.OpenAsync($"{scene.Page}/slots");
        var one = await scene.Instructor.OpenAsync($"{scene.Page}/slots/{slot.Id}");

        var offered = Offered(all, "Input.Slots[0].OrganisationId");
        Assert.Contains(scene.Organisation.ToString(), offered);
        Assert.DoesNotContain(kenyan.ToString(), offered);
        Assert.Contains(scene.Organisation.ToString(), Offered(one, "Fill.OrganisationId"));
        Assert.DoesNotContain(kenyan.ToString(), Offered(one, "Fill.OrganisationId"));
    }

    [SkippableFact]
    public async Task An_organisation_of_another_country_is_refused_even_in_a_hand_made_request()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var kenyan = await Scheduling.OrganisationAsync(scene.Administrator, Scheduling.Unique("KASH"), PartnerCommunity.Both, country: "KE");
        var slot = (await Scheduling.SlotsAsync(scene.Cohort)).First();

        var all = await scene.Instructor.SubmitAndFollowAsync(await scene.Instructor.OpenAsync($"{scene.Page}/slots"), "fill-all-slots",
            ("Input.Slots[0].OrganisationId", kenyan.ToString()));
        var one = await scene.Instructor.SubmitAndFollowAsync(await scene.Instructor.OpenAsync($"{scene.Page}/slots/{slot.Id}"), "fill-slot",
            ("Fill.OrganisationId", kenyan.ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, all.Status);
        Assert.Contains(all.MessagesBeside("Input.Slots[0].OrganisationId"), m => m.EndsWith("does not work in this cohort's country: choose one of the organisations listed."));
        Assert.Contains(one.MessagesBeside("Fill.OrganisationId"), m => m.EndsWith("does not work in this cohort's country: choose one of the organisations listed."));
        Assert.Equal(SlotCoverage.Open, (await Scheduling.SlotsAsync(scene.Cohort)).First().Coverage);
    }

    [SkippableFact]
    public async Task A_form_opened_before_someone_else_changed_the_cohort_answers_409_and_writes_nothing()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var slots = await Scheduling.SlotsAsync(scene.Cohort);
        var form = await scene.Instructor.OpenAsync($"{scene.Page}/slots");
        await Scheduling.WaiveAsync(scene.Lead, scene.Cohort, slots[0].Id, Reason);

        var page = await scene.Instructor.SubmitAndFollowAsync(form, "fill-all-slots",
            [.. slots.Select((_, i) => ($"Input.Slots[{i}].OrganisationId", scene.Organisation.ToString()))]);

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains(CohortAccess.ConflictMessage, page.SummaryMessages);
        var stored = await Scheduling.SlotsAsync(scene.Cohort);
        Assert.Equal(SlotCoverage.Waived, stored[0].Coverage);
        Assert.All(stored.Skip(1), s => Assert.Equal(SlotCoverage.Open, s.Coverage));
        Assert.Equal(Reason, HtmlPage.Normalize(page.Document.QuerySelector("[name='Input.Slots[0].WaiverReason']")?.TextContent));
    }

    static List<string> Offered(HtmlPage page, string select) =>
        [.. page.Document.QuerySelectorAll($"select[name='{select}'] option").Select(o => o.GetAttribute("value") ?? "").Where(v => v.Length > 0)];

    public sealed class OnSqlite(SqliteLmsFactory factory) : AllSlotsTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : AllSlotsTests(factory), IClassFixture<PostgresLmsFactory>;
}
