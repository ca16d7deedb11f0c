using FluentValidation;

namespace SmartPolicingLms.Web.Features.Cohorts;

// No organisation can come: the slot is waived with a written reason, kept with who decided and when.
internal static class WaiveSlot
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();
    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public int SlotId { get; set; }
        public string Reason { get; set; } = "";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => T["Write why no co-trainer can take this slot; the reason is kept with your name and the date."])
            .MaximumLength(1000)
            .WithName(_ => T["Reason"]);
    }

    internal sealed class Handler(CurrentPerson person, IValidator<Command> validator, SlotChange change)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var (loaded, refusal) = await change.LoadAsync(command.CohortId, command.Version, command.SlotId, ct);
            if (loaded is null)
                return Outcome<int>.Refused(refusal!);

            loaded.Slot.Waive(command.Reason, person.UserId, change.Now);
            return await change.SaveAsync(loaded, AuditAction.SlotWaived, ct)
                ? Outcome<int>.Ok(loaded.Slot.Id)
                : Outcome<int>.Conflict(CohortAccess.ConflictMessage);
        }
    }
}
