using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Partners;

internal static class EditOrganisation
{
    static readonly IStringLocalizer T = Localizers.For<PartnersStrings>();

    // The form never shows the stored contact (that is read on its own, logged page): a new contact replaces it,
    // a blank field keeps it, and RemoveContact deletes it.
    internal sealed class Command : IOrganisationFields
    {
        public int Id { get; set; }
        public int Version { get; set; }
        public string Name { get; set; } = "";
        public string? CountryCode { get; set; }
        public PartnerCommunity Community { get; set; }
        public bool IsCommunityLed { get; set; }
        public bool HasContact { get; set; }
        public string? NewContact { get; set; }
        public bool RemoveContact { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            Include(new OrganisationFieldsValidator());
            RuleFor(c => c.NewContact).MaximumLength(500).WithName(_ => T["New contact"]);
            RuleFor(c => c.RemoveContact).Equal(false).When(c => !string.IsNullOrWhiteSpace(c.NewContact))
                .WithMessage(_ => T["Either enter a new contact or remove the contact, not both."]);
        }
    }

    public static string ConflictMessage =>
        T["Someone else changed this organisation while you were editing. The form now shows their version; make your change again."];

    internal sealed class Query(AppDbContext db)
    {
        public Task<Command?> HandleAsync(int id, CancellationToken ct) =>
            db.PartnerOrganisations.AsNoTracking()
                .Where(o => o.Id == id)
                .Select(o => new Command
                {
                    Id = o.Id, Version = o.Version, Name = o.Name, CountryCode = o.CountryCode, Community = o.Community, IsCommunityLed = o.IsCommunityLed,
                    HasContact = o.Contact != null,
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
            var organisation = await db.PartnerOrganisations.SingleOrDefaultAsync(o => o.Id == command.Id, ct);
            if (organisation is null)
                return Outcome<int>.Invalid("", T["This organisation no longer exists."]);
            var name = command.Name.Trim();
            if (await db.PartnerOrganisations.AnyAsync(o => o.Name == name && o.Id != command.Id, ct))
                return Outcome<int>.Invalid(nameof(Command.Name), T["An organisation with this name exists already."]);
            if (organisation.Version != command.Version)
                return Outcome<int>.Conflict(ConflictMessage);

            var before = PartnerAudit.Snapshot(organisation);
            var contact = command.RemoveContact ? null
                : string.IsNullOrWhiteSpace(command.NewContact) ? organisation.Contact
                : command.NewContact;
            organisation.Update(name, command.CountryCode!, command.Community, command.IsCommunityLed, contact, clock.GetUtcNow().UtcDateTime);
            var action = string.IsNullOrWhiteSpace(command.NewContact) ? AuditAction.Changed : AuditAction.ChangedContactReplaced;
            audit.Record(person.UserId, null, PartnerAudit.Subject(organisation.Name), action, before, PartnerAudit.Snapshot(organisation));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome<int>.Conflict(ConflictMessage);
            }
            return Outcome<int>.Ok(organisation.Version);
        }
    }
}
