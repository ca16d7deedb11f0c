using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Cohorts;

// Every co-trainer slot of a cohort on one page: each slot is filled, waived, reopened or left as it is, by the rules of
// the one-slot page, and all of it is saved together or not at all.
internal static class FillAllSlots
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public List<Row> Slots { get; set; } = [];
    }

    // One slot as the form shows it: an organisation (perhaps naming a co-trainer) fills it, a reason waives it,
    // neither leaves it open.
    internal sealed class Row
    {
        public int SlotId { get; set; }
        public int? OrganisationId { get; set; }
        public int? CoTrainerId { get; set; }
        public string? WaiverReason { get; set; }
    }

    public static string NotBoth => T["Either choose an organisation or write why the slot is waived, not both."];

    internal sealed record Model(CohortRight Right, int CohortId, string CohortName, int Version, CohortState State, IReadOnlyList<SlotView> Slots);

    internal sealed record SlotView(int Id, string Label, Community Community, SlotCoverage Coverage, string FilledBy,
        IReadOnlyList<ShowSlot.Organisation> Organisations, Row Stored);

    internal sealed class Query(AppDbContext db, CohortAccess access, SlotChoices choices)
    {
        public async Task<Model?> HandleAsync(int cohortId, CancellationToken ct)
        {
            var right = await access.RightAsync(cohortId, ct);
            if (right == CohortRight.None)
                return null;
            var cohort = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == cohortId, ct);
            var zone = LocalTime.Zone(await db.Institutions.Where(i => i.Id == cohort.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct));
            var sessions = await db.CohortSessions.AsNoTracking().Include(s => s.Slots).Where(s => s.CohortId == cohortId)
                .Join(db.CourseModules, s => s.CourseModuleId, m => m.Id, (s, m) => new { Session = s, m.Number, m.Title })
                .OrderBy(s => s.Session.StartsAt).ThenBy(s => s.Session.Id).ToListAsync(ct);
            var offered = await choices.ForCohortAsync(cohortId, ct);
            var organisationIds = sessions.SelectMany(s => s.Session.Slots).Select(p => p.PartnerOrganisationId).OfType<int>().Distinct().ToList();
            var names = await db.PartnerOrganisations.Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            var slots = (from s in sessions
                         from p in s.Session.Slots.OrderBy(p => p.Position)
                         let named = offered.Named(p.CoTrainerId)
                         select new SlotView(p.Id, Label(s.Number, s.Title, s.Session, p, zone), p.Community, p.Coverage,
                             CohortText.FilledBy(p.PartnerOrganisationId is { } id ? names[id] : null, p.CoTrainerId is not null, named?.ChosenName),
                             offered.For(p.Community),
                             new Row { SlotId = p.Id, OrganisationId = p.PartnerOrganisationId, CoTrainerId = named?.Id, WaiverReason = p.WaiverReason }))
                .ToList();
            return new Model(right, cohort.Id, cohort.Name, cohort.Version, cohort.State, slots);
        }

        public static Command Form(Model model) => new()
        {
            CohortId = model.CohortId, Version = model.Version,
            Slots = [.. model.Slots.Select(s => new Row
            {
                SlotId = s.Id, OrganisationId = s.Stored.OrganisationId, CoTrainerId = s.Stored.CoTrainerId, WaiverReason = s.Stored.WaiverReason,
            })],
        };
    }

    // Which slot of which session, as a person finds it on the page: "Module 2 'Safe searching' on …, slot 1 (Co-trainer: Sex workers)".
    static string Label(int moduleNumber, string moduleTitle, CohortSession session, SessionSlot slot, TimeZoneInfo zone) =>
        T["{0}, slot {1} ({2}: {3})", ScheduleReview.Label(moduleNumber, moduleTitle, session.StartsAt, session.EndsAt, zone), slot.Position,
            CatalogueText.Of(slot.Role), CatalogueText.Of(slot.Community)];

    internal sealed class Handler(CurrentPerson person, AppDbContext db, SlotChange change, FillSlot.Rule fill, IValidator<WaiveSlot.Command> waiving)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            await using var transaction = await db.BeginCheckedWriteAsync(ct);
            var (cohort, refusal) = await change.CohortAsync(command.CohortId, command.Version, ct);
            if (cohort is null)
                return Outcome<int>.Refused(refusal!);
            var country = await change.CountryAsync(cohort, ct);
            var zone = LocalTime.Zone(await db.Institutions.Where(i => i.Id == cohort.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct));
            var failures = new List<ValidationFailure>();
            var changed = 0;
            for (var i = 0; i < command.Slots.Count; i++)
            {
                var (loaded, missing) = await change.SlotAsync(cohort, command.Slots[i].SlotId, ct);
                if (loaded is null)
                    return Outcome<int>.Refused(missing!);
                var (failure, action) = await DecideAsync(loaded, command.Slots[i], country, ct);
                if (failure is not null)
                {
                    failures.Add(new($"{nameof(Command.Slots)}[{i}].{failure.PropertyName}",
                        T["{0}: {1}", Label(loaded.Module.Number, loaded.Module.Title, loaded.Session, loaded.Slot, zone), failure.ErrorMessage]));
                    continue;
                }
                if (action is null)
                    continue;
                await change.RecordAsync(loaded, action.Value, ct);
                // Written inside the transaction, so the next slot's booking check sees a co-trainer named here; rolled
                // back with the rest unless every slot passes.
                await db.SaveChangesAsync(ct);
                changed++;
            }
            if (failures.Count > 0)
            {
                db.ChangeTracker.Clear();
                return Outcome<int>.Invalid(failures);
            }
            if (changed == 0)
                return Outcome<int>.Ok(0);
            cohort.Touch(change.Now);
            if (!await db.TrySaveAsync(ct))
                return Outcome<int>.Conflict(CohortAccess.ConflictMessage);
            await transaction.CommitAsync(ct);
            return Outcome<int>.Ok(changed);
        }

        // The slot's change, if the row asks for one: null action when the row leaves the slot as it is.
        async Task<(ValidationFailure? Failure, AuditAction? Action)> DecideAsync(SlotChange.Loaded loaded, Row row, string country,
            CancellationToken ct)
        {
            var slot = loaded.Slot;
            var reason = string.IsNullOrWhiteSpace(row.WaiverReason) ? null : row.WaiverReason.Trim();
            if (row.OrganisationId is { } organisationId)
            {
                if (reason is not null)
                    return (new(nameof(Row.WaiverReason), NotBoth), null);
                if (organisationId == slot.PartnerOrganisationId && row.CoTrainerId == await ShownCoTrainerAsync(slot, ct))
                    return (null, null);
                return await fill.FillAsync(loaded, country, organisationId, row.CoTrainerId, ct) is { } refused
                    ? (refused, null)
                    : (null, FillSlot.Rule.Action(row.CoTrainerId));
            }
            if (row.CoTrainerId is not null)
                return (new(nameof(Row.OrganisationId), FillSlot.ChooseOrganisation), null);
            if (reason is not null)
            {
                if (reason == slot.WaiverReason)
                    return (null, null);
                var validation = await waiving.ValidateAsync(new WaiveSlot.Command { Reason = reason }, ct);
                if (!validation.IsValid)
                    return (new(nameof(Row.WaiverReason), validation.Errors[0].ErrorMessage), null);
                slot.Waive(reason, person.UserId, change.Now);
                return (null, AuditAction.SlotWaived);
            }
            if (slot.Coverage == SlotCoverage.Open)
                return (null, null);
            if (!loaded.Cohort.State.ReopensSlots())
                return (new(nameof(Row.OrganisationId), ReopenSlot.KeptCovered), null);
            slot.Reopen(person.UserId, change.Now);
            return (null, AuditAction.SlotReopened);
        }

        // The co-trainer the form showed for the slot: only one who agreed to be named is ever shown.
        async Task<int?> ShownCoTrainerAsync(SessionSlot slot, CancellationToken ct) =>
            slot.CoTrainerId is { } id && await db.CoTrainers.NamedOnly().AnyAsync(c => c.Id == id, ct) ? id : null;
    }
}
