using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Partners;

// A co-trainer is recorded by the name they choose and nothing that identifies them further: there is no field
// for a legal name, ID number, photo or address, and none for a community (that belongs to the organisation).
internal static class CreateCoTrainer
{
    static readonly IStringLocalizer T = Localizers.For<PartnersStrings>();

    internal sealed class Command : ICoTrainerFields
    {
        public int OrganisationId { get; set; }
        public string ChosenName { get; set; } = "";
        public bool ConsentToBeNamed { get; set; }
        public string? ContactDetails { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new CoTrainerFieldsValidator());
            RuleFor(c => c.ContactDetails).MaximumLength(500).WithName(_ => T["Contact details"]);
        }
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, IValidator<Command> validator, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var organisation = await db.PartnerOrganisations.AsNoTracking()
                .Where(o => o.Id == command.OrganisationId)
                .Select(o => o.Name)
                .SingleOrDefaultAsync(ct);
            if (organisation is null)
                return Outcome<int>.Invalid("", T["This organisation no longer exists."]);

            var coTrainer = CoTrainer.Create(command.OrganisationId, command.ChosenName, command.ConsentToBeNamed,
                command.ContactDetails, clock.GetUtcNow().UtcDateTime);
            db.CoTrainers.Add(coTrainer);
            audit.Record(person.UserId, null, PartnerAudit.Subject(organisation), AuditAction.CoTrainerAdded, null, PartnerAudit.Snapshot(coTrainer));
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Ok(coTrainer.Id);
        }
    }
}
