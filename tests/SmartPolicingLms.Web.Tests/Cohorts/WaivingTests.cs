using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

public abstract class WaivingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Waiving_a_slot_needs_a_written_reason()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var slot = (await Scheduling.SlotsAsync(scene.Cohort)).First();
        var expected = new WaiveSlot.Validator().Validate(new WaiveSlot.Command { Reason = "   " }).Errors.Select(e => e.ErrorMessage);

        var page = await scene.Instructor.SubmitAndFollowAsync(await scene.Instructor.OpenAsync($"{scene.Page}/slots/{slot.Id}"), "waive-slot",
            ("Waive.Reason", "   "));

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.MessagesBeside("Waive.Reason"));
        var stored = await SlotAsync(slot.Id);
        Assert.Equal((SlotCoverage.Open, null, null), (stored.Coverage, stored.DecidedByUserId, stored.DecidedAt));
    }

    [SkippableFact]
    public async Task A_waived_slot_keeps_the_reason_with_who_waived_it_and_when_and_the_audit_log_has_it_before_and_after()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var slot = (await Scheduling.SlotsAsync(scene.Cohort)).First();
        const string reason = "WAPCAS has no trainer free that week; agreed with them to repeat the session in May.";
        var before = Factory.Now.AddSeconds(-1);

        await scene.Instructor.SubmitAsync(await scene.Instructor.OpenAsync($"{scene.Page}/slots/{slot.Id}"), "waive-slot", ("Waive.Reason", reason));

        var stored = await SlotAsync(slot.Id);
        Assert.Equal((SlotCoverage.Waived, reason, scene.Lead.Id), (stored.Coverage, stored.WaiverReason, stored.DecidedByUserId));
        Assert.InRange(stored.DecidedAt!.Value, before, Factory.Now.AddSeconds(1));
        var page = await scene.Instructor.OpenAsync($"{scene.Page}/slots/{slot.Id}");
        var name = await Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == scene.Lead.Id).Select(u => u.DisplayName).SingleAsync());
        Assert.Contains(reason, page.Text);
        Assert.Contains($"decided by {name}, {LocalTime.At(LocalTime.ToLocal(stored.DecidedAt.Value, LocalTime.Zone("Africa/Accra")))}", page.Text);
        var entry = await Factory.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.CohortId == scene.Cohort && e.Action == AuditAction.SlotWaived));
        Assert.Equal(scene.Lead.Id, entry.UserId);
        Assert.Equal(nameof(SlotCoverage.Open), JsonDocument.Parse(entry.Before!).RootElement.GetProperty("Coverage").GetString());
        var after = JsonDocument.Parse(entry.After!).RootElement;
        Assert.Equal((nameof(SlotCoverage.Waived), reason), (after.GetProperty("Coverage").GetString(), after.GetProperty("WaiverReason").GetString()));
    }

    Task<SessionSlot> SlotAsync(int id) => Factory.WithDatabaseAsync(db => db.SessionSlots.AsNoTracking().SingleAsync(s => s.Id == id));

    public sealed class OnSqlite(SqliteLmsFactory factory) : WaivingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : WaivingTests(factory), IClassFixture<PostgresLmsFactory>;
}
