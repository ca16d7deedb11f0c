using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Catalogue;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Cohorts;

internal sealed class ShowCohort(AppDbContext db, CohortAccess access, ScheduleReview review, PendingLegalClaims pending)
{
    internal sealed record Model(
        int Id, string Name, int Version, CohortState State, string Institution, string TimeZoneId,
        string CourseId, string CourseTitle, int VersionNumber, string VersionLabel, int HourMinutes,
        DateOnly StartDate, DateOnly EndDate, int Capacity, IReadOnlyList<string> Leads, bool CanChange,
        IReadOnlyList<ModuleBlock> Modules, CoverageCounts Coverage, IReadOnlyList<string> PublishBlockers,
        IReadOnlyList<PendingLegalClaim> PendingClaims)
    {
        // The edition the cohort's recruits read; Reference when it is the version's own language.
        public EditionChoice Edition { get; init; } = new("", false);
        public bool ReadsReference { get; init; } = true;
    }

    internal sealed record ModuleBlock(int Id, int Number, string Title, decimal Hours, Delivery Delivery,
        ModuleTime? Time, IReadOnlyList<SessionRow> Sessions);

    internal sealed record SessionRow(int Id, DateTime LocalStart, DateTime LocalEnd, string Location,
        IReadOnlyList<string> Instructors, IReadOnlyList<SlotRow> Slots, bool IsMakeUp = false, int MakeUpSeats = 0);

    internal sealed record SlotRow(int Id, Community Community, SlotRole Role, SlotCoverage Coverage, string FilledBy,
        string? WaiverReason);

    public async Task<Model?> HandleAsync(int cohortId, CancellationToken ct)
    {
        var right = await access.RightAsync(cohortId, ct);
        if (right == CohortRight.None)
            return null;
        var cohort = await db.Cohorts.AsNoTracking().Include(c => c.Instructors).SingleAsync(c => c.Id == cohortId, ct);
        var institution = await db.Institutions.AsNoTracking().SingleAsync(i => i.Id == cohort.InstitutionId, ct);
        var version = await db.CourseVersions.AsNoTracking().Where(v => v.Id == cohort.CourseVersionId)
            .Select(v => new { v.CourseId, v.Title, v.Number, v.VersionLabel, v.HourMinutes, v.Language }).SingleAsync(ct);
        // Instructors see the course's words as the cohort's recruits read them.
        var editionId = await db.EditionIdAsync(cohort.CourseVersionId, cohort.Language, ct);
        var edition = await db.CourseWordsAsync(editionId, ct);
        var moduleWords = await db.ModuleWordsAsync(editionId, instructors: false, ct);
        var modules = await db.CourseModules.AsNoTracking().Where(m => m.CourseVersionId == cohort.CourseVersionId)
            .Select(m => new { m.Id, m.Number, m.Title, m.Hours, m.Delivery }).ToListAsync(ct);
        var sessions = await db.CohortSessions.AsNoTracking().Where(s => s.CohortId == cohortId)
            .Include(s => s.Instructors).Include(s => s.Slots).AsSplitQuery()
            .OrderBy(s => s.StartsAt).ToListAsync(ct);
        var slots = sessions.SelectMany(s => s.Slots).ToList();
        var makeUpIds = sessions.Where(s => s.IsMakeUp).Select(s => s.Id).ToList();
        var seats = await db.MakeUpSeats.AsNoTracking().Where(m => makeUpIds.Contains(m.SessionId)).GroupBy(m => m.SessionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var names = await NamesAsync(cohort, sessions, slots, ct);
        var schedule = await review.HandleAsync(cohortId, ct);
        var zone = LocalTime.Zone(institution.TimeZoneId);

        SessionRow Row(CohortSession s) => new(s.Id, LocalTime.ToLocal(s.StartsAt, zone), LocalTime.ToLocal(s.EndsAt, zone), s.Location,
            [.. s.Instructors.Select(i => names.Users.GetValueOrDefault(i.UserId, "")).Order()],
            [.. s.Slots.OrderBy(p => p.Position).Select(p => new SlotRow(p.Id, p.Community, p.Role, p.Coverage,
                CohortText.FilledBy(p.PartnerOrganisationId is { } o ? names.Organisations.GetValueOrDefault(o) : null,
                    p.CoTrainerId is not null, p.CoTrainerId is { } c ? names.ConsentedCoTrainers.GetValueOrDefault(c) : null),
                p.WaiverReason))], s.IsMakeUp, seats.GetValueOrDefault(s.Id));

        var blocks = modules.OrderBy(m => m.Number).Select(m => new ModuleBlock(m.Id, m.Number, moduleWords.GetValueOrDefault(m.Id)?.Title ?? m.Title, m.Hours, m.Delivery,
            schedule.Modules.Where(t => t.ModuleId == m.Id).Select(t => t.Time).SingleOrDefault(),
            [.. sessions.Where(s => s.CourseModuleId == m.Id).Select(Row)])).ToList();

        return new Model(cohort.Id, cohort.Name, cohort.Version, cohort.State, institution.Name, institution.TimeZoneId,
            version.CourseId, edition?.Title ?? version.Title, version.Number, version.VersionLabel, version.HourMinutes,
            cohort.StartDate, cohort.EndDate, cohort.Capacity,
            [.. cohort.Instructors.Where(i => i.IsLead).Select(i => names.Users.GetValueOrDefault(i.UserId, "")).Order()],
            right == CohortRight.Change, blocks, CohortRules.Count(slots.Select(s => s.Coverage)), schedule.PublishBlockers,
            await pending.ForVersionAsync(cohort.CourseVersionId, ct))
        {
            Edition = new EditionChoice(cohort.Language, edition?.AwaitingReview ?? false),
            ReadsReference = edition is null,
        };
    }

    sealed record Names(Dictionary<string, string> Users, Dictionary<int, string> Organisations, Dictionary<int, string> ConsentedCoTrainers);

    async Task<Names> NamesAsync(Cohort cohort, List<CohortSession> sessions, List<SessionSlot> slots, CancellationToken ct)
    {
        var userIds = cohort.Instructors.Select(i => i.UserId).Concat(sessions.SelectMany(s => s.Instructors).Select(i => i.UserId)).Distinct().ToList();
        var organisationIds = slots.Select(s => s.PartnerOrganisationId).OfType<int>().Distinct().ToList();
        var coTrainerIds = slots.Select(s => s.CoTrainerId).OfType<int>().Distinct().ToList();
        return new Names(
            await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct),
            await db.PartnerOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct),
            // Only names their owners agreed to show; the rest never leave the database for this page.
            await db.CoTrainers.AsNoTracking().NamedOnly().Where(c => coTrainerIds.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, c => c.ChosenName, ct));
    }
}
