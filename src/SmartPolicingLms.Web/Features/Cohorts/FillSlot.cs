using System.Globalization;
using FluentValidation;
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
            .WithMessage(_ => T["Choose the partner organisation that fills this slot."]);
    }

    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public static string UnknownCoTrainer => T["Choose one of the organisation's co-trainers listed, or leave the slot to the organisation."];

    internal sealed class Handler(CurrentPerson person, AppDbContext db, IValidator<Command> validator, SlotChange change, CoTrainerBookings bookings)
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
            var organisation = await db.PartnerOrganisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == command.OrganisationId, ct);
            if (organisation is null)
                return Outcome<int>.Invalid(nameof(Command.OrganisationId), T["Choose one of the partner organisations listed."]);
            if (!organisation.Serves(loaded.Slot.Community))
                return Outcome<int>.Invalid(nameof(Command.OrganisationId),
                    T["{0} does not work with {1}: choose an organisation that does.", organisation.Name, CatalogueText.Of(loaded.Slot.Community).ToLower(CultureInfo.CurrentCulture)]);
            if (command.CoTrainerId is { } coTrainerId)
            {
                // Only co-trainers who agreed to be named are offered to instructors; any other id is refused alike.
                if (!await db.CoTrainers.NamedOnly().AnyAsync(c => c.Id == coTrainerId && c.PartnerOrganisationId == organisation.Id, ct))
                    return Outcome<int>.Invalid(nameof(Command.CoTrainerId), UnknownCoTrainer);
                if (await bookings.IsBookedAsync([coTrainerId], loaded.Session.StartsAt, loaded.Session.EndsAt, loaded.Slot.Id, null, ct))
                    return Outcome<int>.Invalid(nameof(Command.CoTrainerId), CoTrainerBookings.BookedMessage);
            }

            loaded.Slot.Fill(organisation.Id, command.CoTrainerId, person.UserId, change.Now);
            if (!await change.SaveAsync(loaded, command.CoTrainerId is null ? AuditAction.SlotFilledByOrganisation : AuditAction.SlotFilledCoTrainerNamed, ct))
                return Outcome<int>.Conflict(CohortAccess.ConflictMessage);
            await transaction.CommitAsync(ct);
            return Outcome<int>.Ok(loaded.Slot.Id);
        }
    }
}
