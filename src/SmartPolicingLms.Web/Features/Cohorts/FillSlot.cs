using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// A partner organisation that serves the slot's community takes the slot, optionally naming one of its co-trainers.
internal static class FillSlot
{
    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public int SlotId { get; set; }
        public int? OrganisationId { get; set; }
        // Empty when the organisation sends someone without naming them.
        public int? CoTrainerId { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.OrganisationId).NotNull().WithName(_ => T["Organisation"])
            .WithMessage(_ => ChooseOrganisation);
    }

    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public static string ChooseOrganisation => T["Choose the partner organisation that fills this slot."];

    public static string UnknownCoTrainer => T["Choose one of the organisation's co-trainers listed, or leave the slot to the organisation."];

    // Whether the organisation (and the co-trainer, if one is named) may take the slot, and if so the slot filled;
    // otherwise the field and why not. The one-slot page and the all-slots page both fill through it.
    internal sealed class Rule(CurrentPerson person, AppDbContext db, SlotChange change, CoTrainerBookings bookings)
    {
        public async Task<ValidationFailure?> FillAsync(SlotChange.Loaded loaded, string country, int organisationId, int? coTrainerId,
            CancellationToken ct)
        {
            var organisation = await db.PartnerOrganisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organisationId, ct);
            if (organisation is null)
                return new(nameof(Command.OrganisationId), T["Choose one of the partner organisations listed."]);
            // Refused even when the id is typed in: the form offers only organisations working in the cohort's country.
            if (!organisation.WorksIn(country))
                return new(nameof(Command.OrganisationId), T["{0} does not work in this cohort's country: choose one of the organisations listed.", organisation.Name]);
            if (!organisation.Serves(loaded.Slot.Community))
                return new(nameof(Command.OrganisationId),
                    T["{0} does not work with {1}: choose an organisation that does.", organisation.Name, CatalogueText.Of(loaded.Slot.Community).ToLower(CultureInfo.CurrentCulture)]);
            if (coTrainerId is { } id)
            {
                // Only co-trainers who agreed to be named are offered to instructors; any other id is refused alike.
                if (!await db.CoTrainers.NamedOnly().AnyAsync(c => c.Id == id && c.PartnerOrganisationId == organisation.Id, ct))
                    return new(nameof(Command.CoTrainerId), UnknownCoTrainer);
                if (await bookings.IsBookedAsync([id], loaded.Session.StartsAt, loaded.Session.EndsAt, loaded.Slot.Id, null, ct))
                    return new(nameof(Command.CoTrainerId), CoTrainerBookings.BookedMessage);
            }
            loaded.Slot.Fill(organisation.Id, coTrainerId, person.UserId, change.Now);
            return null;
        }

        public static AuditAction Action(int? coTrainerId) =>
            coTrainerId is null ? AuditAction.SlotFilledByOrganisation : AuditAction.SlotFilledCoTrainerNamed;
    }

    internal sealed class Handler(IValidator<Command> validator, AppDbContext db, SlotChange change, Rule rule)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            await using var transaction = await db.BeginCheckedWriteAsync(ct);
            var (loaded, refusal) = await change.LoadAsync(command.CohortId, command.Version, command.SlotId, ct);
            if (loaded is null)
                return Outcome<int>.Refused(refusal!);
            if (await rule.FillAsync(loaded, await change.CountryAsync(loaded.Cohort, ct), command.OrganisationId!.Value, command.CoTrainerId, ct)
                is { } failure)
                return Outcome<int>.Invalid([failure]);

            if (!await change.SaveAsync(loaded, Rule.Action(command.CoTrainerId), ct))
                return Outcome<int>.Conflict(CohortAccess.ConflictMessage);
            await transaction.CommitAsync(ct);
            return Outcome<int>.Ok(loaded.Slot.Id);
        }
    }
}
