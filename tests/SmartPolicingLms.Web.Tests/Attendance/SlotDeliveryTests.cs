using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Attendance;

// Whether each co-trainer slot was actually delivered, recorded on the roll call's form and in the audit log by
// organisation only.
public abstract class SlotDeliveryTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Delivery_is_saved_with_the_marks_in_one_post_and_audited_by_organisation_never_by_name()
    {
        var coTrainer = $"Aigerim-{Guid.NewGuid():N}"[..18];
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 2, coTrainerName: coTrainer);
        var page = await world.Lead.OpenAsync(world.Page);
        Assert.DoesNotContain(coTrainer, page.Text);
        Assert.Contains(world.Organisation!, page.Document.QuerySelector("[data-testid=slot-delivery]")!.TextContent);
        Assert.Equal(AttendanceText.NotRecorded, RollCallWorld.CheckedDelivery(page, world.SlotId));

        var saved = await world.Lead.SubmitAsync(page, "roll-call", world.Mark(0, Present), (RollCallWorld.DeliveryField(world.SlotId), AttendanceText.Delivered));

        Assert.Equal(world.Page, Visitor.RedirectPath(saved));
        var slot = await Factory.WithDatabaseAsync(db => db.SessionSlots.AsNoTracking().SingleAsync(s => s.Id == world.SlotId));
        Assert.Equal((true, world.Cohort.Lead.Id), (slot.Delivered, slot.DeliveryRecordedByUserId));
        Assert.Equal([Present], (await world.StoredAsync()).Values);
        Assert.Equal(AttendanceText.Delivered, RollCallWorld.CheckedDelivery(await world.Lead.FollowAsync(saved), world.SlotId));
        var entry = (await world.Cohort.AuditAsync()).Single(e => e.Action == AuditAction.SlotDeliveryRecorded);
        Assert.Equal(world.Cohort.Lead.Id, entry.UserId);
        Assert.Contains(world.Organisation!, entry.Before);
        Assert.Contains($"\"Delivery\":\"{AttendanceText.NotRecorded}\"", entry.Before);
        Assert.Contains($"\"Delivery\":\"{AttendanceText.Delivered}\"", entry.After);
        Assert.DoesNotContain(coTrainer, entry.Before + entry.After);
    }

    [SkippableFact]
    public async Task Delivery_saved_by_another_instructor_first_is_kept_and_the_second_save_is_refused()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 1);
        var (formOfLead, formOfSecond) = (await world.Lead.OpenAsync(world.Page), await world.Second.OpenAsync(world.Page));

        await world.Lead.SubmitAsync(formOfLead, "roll-call", (RollCallWorld.DeliveryField(world.SlotId), AttendanceText.NotDelivered));
        var refused = await world.Second.SubmitAndFollowAsync(formOfSecond, "roll-call", (RollCallWorld.DeliveryField(world.SlotId), AttendanceText.Delivered));

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        var slot = await Factory.WithDatabaseAsync(db => db.SessionSlots.AsNoTracking().SingleAsync(s => s.Id == world.SlotId));
        Assert.Equal(false, slot.Delivered);
        Assert.Equal("true", refused.Document.QuerySelector("[data-testid=slot-delivery]")!.GetAttribute("data-differs"));
        Assert.Equal(AttendanceText.Delivered, RollCallWorld.CheckedDelivery(refused, world.SlotId));
        Assert.Single(await world.Cohort.AuditAsync(), e => e.Action == AuditAction.SlotDeliveryRecorded);
    }

    [SkippableFact]
    public async Task A_slot_with_no_co_trainer_planned_cannot_be_marked_delivered()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 1, fillSlot: false);
        var page = await world.Lead.OpenAsync(world.Page);
        Assert.Null(page.Document.QuerySelector($"#delivery-{world.SlotId}-{AttendanceText.Delivered}"));

        var refused = await world.Lead.SubmitAndFollowAsync(page, "roll-call", world.Mark(0, Present),
            (RollCallWorld.DeliveryField(world.SlotId), AttendanceText.Delivered));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("cannot be marked delivered", refused.Text);
        Assert.Empty(await world.StoredAsync());
        var slot = await Factory.WithDatabaseAsync(db => db.SessionSlots.AsNoTracking().SingleAsync(s => s.Id == world.SlotId));
        Assert.Null(slot.Delivered);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : SlotDeliveryTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : SlotDeliveryTests(factory), IClassFixture<PostgresLmsFactory>;
}
