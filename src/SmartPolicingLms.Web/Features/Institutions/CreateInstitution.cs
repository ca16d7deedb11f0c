using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Institutions;

internal static class CreateInstitution
{
    internal sealed class Command : IInstitutionFields
    {
        public string Name { get; set; } = "";
        public string CountryCode { get; set; } = "";
        public string TimeZoneId { get; set; } = "";
        public string? CertificateCode { get; set; }
        public string? DefaultLanguage { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new InstitutionFieldsValidator());
    }

    internal sealed class Handler(AppDbContext db, IValidator<Command> validator, TimeProvider clock, IStringLocalizer<InstitutionsStrings> t)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var name = command.Name.Trim();
            if (await db.Institutions.AnyAsync(i => i.Name == name, ct))
                return Outcome<int>.Invalid(nameof(Command.Name), InstitutionFieldsValidator.NameTaken);

            if (await InstitutionFieldsValidator.CodeTakenAsync(db, command.CertificateCode, 0, ct))
                return Outcome<int>.Invalid(nameof(Command.CertificateCode), InstitutionFieldsValidator.CodeTaken);

            var now = clock.GetUtcNow().UtcDateTime;
            var institution = Institution.Create(name, command.CountryCode, command.TimeZoneId, command.CertificateCode, now);
            if (InstitutionFieldsValidator.LanguageOrNull(command.DefaultLanguage) is { } language)
                institution.SetDefaultLanguage(language, now);
            db.Institutions.Add(institution);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Two institutions created at once with the same name or certificate code: the unique indexes keep one.
                db.ChangeTracker.Clear();
                return Outcome<int>.Invalid("", t["Another institution with this name or certificate code was saved at the same moment."]);
            }
            return Outcome<int>.Ok(institution.Id);
        }
    }
}
