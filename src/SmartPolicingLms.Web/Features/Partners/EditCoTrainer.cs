using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Partners;

internal static class EditCoTrainer
{
    static readonly IStringLocalizer T = Localizers.For<PartnersStrings>();

    // As with organisations, the stored contact is never put into the form: a new one replaces it, a blank field
    // keeps it, RemoveContact deletes it.
    internal sealed class Command : ICoTrainerFields
    {
        public int OrganisationId { get; set; }
        public int Id { get; set; }
        public int Version { get; set; }
        public string ChosenName { get; set; } = "";
        public bool ConsentToBeNamed { get; set; }
        public bool HasContact { get; set; }
        public string? NewContactDetails { get; set; }
        public bool RemoveContact { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new CoTrainerFieldsValidator());
            RuleFor(c => c.NewContactDetails).MaximumLength(500).WithName(_ => T["New contact details"]);
            RuleFor(c => c.RemoveContact).Equal(false).When(c => !string.IsNullOrWhiteSpace(c.NewContactDetails))
                .WithMessage(_ => T["Either enter new contact details or remove them, not both."]);
        }
    }

    public static string ConflictMessage =>
        T["Someone else changed this co-trainer while you were editing. The form now shows their version; make your change again."];

    internal sealed class Query(AppDbContext db)
    {
        public Task<Command?> HandleAsync(int organisationId, int id, CancellationToken ct) =>
            db.CoTrainers.AsNoTracking()
                .Where(c => c.Id == id && c.PartnerOrganisationId == organisationId)
                .Select(c => new Command
                {
                    OrganisationId = c.PartnerOrganisationId, Id = c.Id, Version = c.Version, ChosenName = c.ChosenName,
                    ConsentToBeNamed = c.ConsentToBeNamed, HasContact = c.ContactDetails != null,
                })
                .SingleOrDefaultAsync(ct);
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, IValidator<Command> validator, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var coTrainer = await db.CoTrainers
                .SingleOrDefaultAsync(c => c.Id == command.Id && c.PartnerOrganisationId == command.OrganisationId, ct);
            if (coTrainer is null)
                return Outcome<int>.Invalid("", T["This co-trainer is no longer on record."]);
            if (coTrainer.Version != command.Version)
                return Outcome<int>.Conflict(ConflictMessage);
            var organisation = await db.PartnerOrganisations.Where(o => o.Id == command.OrganisationId).Select(o => o.Name).SingleAsync(ct);

            var before = PartnerAudit.Snapshot(coTrainer);
            var contact = command.RemoveContact ? null
                : string.IsNullOrWhiteSpace(command.NewContactDetails) ? coTrainer.ContactDetails
                : command.NewContactDetails;
            coTrainer.Update(command.ChosenName, command.ConsentToBeNamed, contact, clock.GetUtcNow().UtcDateTime);
            // Renaming is not recorded as such: the audit log never holds a co-trainer's name, old or new.
            var action = string.IsNullOrWhiteSpace(command.NewContactDetails) ? AuditAction.CoTrainerChanged : AuditAction.CoTrainerChangedContactReplaced;
            audit.Record(person.UserId, null, PartnerAudit.Subject(organisation), action, before, PartnerAudit.Snapshot(coTrainer));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome<int>.Conflict(ConflictMessage);
            }
            return Outcome<int>.Ok(coTrainer.Version);
        }
    }
}
