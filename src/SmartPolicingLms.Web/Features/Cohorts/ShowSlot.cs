using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Cohorts;

// The slot page: the slot as it stands, and the organisations that may fill it (SlotChoices).
internal sealed class ShowSlot(AppDbContext db, CohortAccess access, SlotChoices choices)
{
    internal sealed record Model(CohortRight Right, int CohortId, string CohortName, int Version, CohortState State,
        string Session, Community Community, SlotRole Role, SlotCoverage Coverage, string FilledBy, string? WaiverReason,
        string? DecidedBy, string? DecidedAt, int? OrganisationId, int? ConsentedCoTrainerId, IReadOnlyList<Organisation> Organisations);

    internal sealed record Organisation(int Id, string Name, bool IsCommunityLed, IReadOnlyList<CoTrainerOption> CoTrainers);
    internal sealed record CoTrainerOption(int Id, string ChosenName);

    public async Task<Model?> HandleAsync(int cohortId, int slotId, CancellationToken ct)
    {
        var right = await access.RightAsync(cohortId, ct);
        var slot = right == CohortRight.None ? null : await db.SessionSlots.AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == slotId && db.CohortSessions.Any(s => s.Id == p.SessionId && s.CohortId == cohortId), ct);
        if (slot is null)
            return null;
        var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId, ct);
        var session = await db.CohortSessions.AsNoTracking().SingleAsync(s => s.Id == slot.SessionId, ct);
        var module = await db.CourseModules.AsNoTracking().SingleAsync(m => m.Id == session.CourseModuleId, ct);
        var zone = LocalTime.Zone(await db.Institutions.Where(i => i.Id == cohort.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct));
        var offered = await choices.ForCohortAsync(cohortId, ct);
        var organisations = offered.For(slot.Community);
        var current = await db.PartnerOrganisations.Where(o => o.Id == slot.PartnerOrganisationId).Select(o => o.Name).SingleOrDefaultAsync(ct);
        var named = offered.Named(slot.CoTrainerId);
        var decidedBy = slot.DecidedByUserId is null ? null
            : await db.Users.Where(u => u.Id == slot.DecidedByUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct);

        return new Model(right, cohort.Id, cohort.Name, cohort.Version, cohort.State,
            ScheduleReview.Label(module.Number, module.Title, session.StartsAt, session.EndsAt, zone),
            slot.Community, slot.Role, slot.Coverage,
            CohortText.FilledBy(current, slot.CoTrainerId is not null, named?.ChosenName),
            slot.WaiverReason, decidedBy,
            slot.DecidedAt is { } at ? LocalTime.At(LocalTime.ToLocal(at, zone)) : null,
            slot.PartnerOrganisationId, named?.Id, organisations);
    }
}
