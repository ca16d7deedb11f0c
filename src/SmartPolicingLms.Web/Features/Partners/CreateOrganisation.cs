using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Partners;

internal static class CreateOrganisation
{
    static readonly IStringLocalizer T = Localizers.For<PartnersStrings>();

    internal sealed class Command : IOrganisationFields
    {
        public string Name { get; set; } = "";
        public string? CountryCode { get; set; }
        public PartnerCommunity Community { get; set; } = PartnerCommunity.SexWorkers;
        public bool IsCommunityLed { get; set; }
        public string? Contact { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new OrganisationFieldsValidator());
            RuleFor(c => c.Contact).MaximumLength(500).WithName(_ => T["Contact for the organisation"]);
        }
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, IValidator<Command> validator, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var name = command.Name.Trim();
            if (await db.PartnerOrganisations.AnyAsync(o => o.Name == name, ct))
                return Outcome<int>.Invalid(nameof(Command.Name), T["An organisation with this name exists already."]);

            var organisation = PartnerOrganisation.Create(name, command.CountryCode!, command.Community, command.IsCommunityLed, command.Contact,
                clock.GetUtcNow().UtcDateTime);
            db.PartnerOrganisations.Add(organisation);
            audit.Record(person.UserId, null, PartnerAudit.Subject(organisation.Name), AuditAction.Created, null, PartnerAudit.Snapshot(organisation));
            await db.SaveChangesAsync(ct);
            return Outcome<int>.Ok(organisation.Id);
        }
    }
}
