using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// What filling, waiving and reopening a slot share: the slot, tracked, in a cohort the person asking may change and
// that has not ended, with the snapshot of how it stood; and, afterwards, the audit record and the save.
internal sealed class SlotChange(CurrentPerson person, AppDbContext db, CohortAccess access, AuditLog audit, TimeProvider clock)
{
    internal sealed record Loaded(Cohort Cohort, SessionSlot Slot, CohortSession Session, CourseModule Module, SlotSnapshot Before);

    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public static string NoSuchSlot => T["There is no such co-trainer slot in this cohort."];

    public async Task<(Loaded? Loaded, Refusal? Refusal)> LoadAsync(int cohortId, int version, int slotId, CancellationToken ct)
    {
        var (cohort, refusal) = await CohortAsync(cohortId, version, ct);
        return cohort is null ? (null, refusal) : await SlotAsync(cohort, slotId, ct);
    }

    // The cohort, tracked, when its slots may change now; what every slot of one request is then loaded with.
    public async Task<(Cohort? Cohort, Refusal? Refusal)> CohortAsync(int cohortId, int version, CancellationToken ct)
    {
        var (cohort, refusal) = await access.ForChangeAsync(cohortId, version, ct);
        if (cohort is null)
            return (null, refusal);
        return cohort.State.IsAdjustable() ? (cohort, null) : (null, Refusal.Invalid(T["A completed or cancelled cohort's slots can no longer change."]));
    }

    public async Task<(Loaded? Loaded, Refusal? Refusal)> SlotAsync(Cohort cohort, int slotId, CancellationToken ct)
    {
        var slot = await db.SessionSlots
            .SingleOrDefaultAsync(p => p.Id == slotId && db.CohortSessions.Any(s => s.Id == p.SessionId && s.CohortId == cohort.Id), ct);
        if (slot is null)
            return (null, Refusal.NotFound(NoSuchSlot));
        var session = await db.CohortSessions.AsNoTracking().SingleAsync(s => s.Id == slot.SessionId, ct);
        var module = await db.CourseModules.AsNoTracking().SingleAsync(m => m.Id == session.CourseModuleId, ct);
        return (new Loaded(cohort, slot, session, module, SlotSnapshot.Of(slot, await OrganisationNameAsync(slot.PartnerOrganisationId, ct))), null);
    }

    public async Task<bool> SaveAsync(Loaded loaded, AuditAction action, CancellationToken ct)
    {
        loaded.Cohort.Touch(Now);
        await RecordAsync(loaded, action, ct);
        return await access.TrySaveAsync(ct);
    }

    // The audit entry of one slot's change, for requests that save several slots at once (and touch the cohort once).
    public async Task RecordAsync(Loaded loaded, AuditAction action, CancellationToken ct) =>
        audit.Record(person.UserId, loaded.Cohort.Id, AuditSubjects.Slot(loaded.Module.Number, loaded.Module.Title), action, loaded.Before,
            SlotSnapshot.Of(loaded.Slot, await OrganisationNameAsync(loaded.Slot.PartnerOrganisationId, ct)));

    // The country whose partner organisations may fill the cohort's slots: its institution's.
    public Task<string> CountryAsync(Cohort cohort, CancellationToken ct) =>
        db.Institutions.Where(i => i.Id == cohort.InstitutionId).Select(i => i.CountryCode).SingleAsync(ct);

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    Task<string?> OrganisationNameAsync(int? organisationId, CancellationToken ct) =>
        organisationId is null ? Task.FromResult<string?>(null)
            : db.PartnerOrganisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Name).SingleOrDefaultAsync(ct);
}
