using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Institutions;

internal static class EditInstitution
{
    internal sealed class Command : IInstitutionFields
    {
        public int Id { get; set; }
        // The version the form was filled from; a save over someone else's newer change is refused.
        public int Version { get; set; }
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

    static readonly IStringLocalizer T = Localizers.For<InstitutionsStrings>();

    public static string ConflictMessage =>
        T["Someone else changed this institution while you were editing. The form now shows their version; make your change again."];

    internal sealed class Query(AppDbContext db)
    {
        public Task<Command?> HandleAsync(int id, CancellationToken ct) =>
            db.Institutions.AsNoTracking()
                .Where(i => i.Id == id)
                .Select(i => new Command
                {
                    Id = i.Id, Version = i.Version, Name = i.Name, CountryCode = i.CountryCode, TimeZoneId = i.TimeZoneId, CertificateCode = i.CertificateCode,
                    DefaultLanguage = i.DefaultLanguage,
                })
                .SingleOrDefaultAsync(ct);
    }

    internal sealed class Handler(AppDbContext db, IValidator<Command> validator, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var institution = await db.Institutions.SingleOrDefaultAsync(i => i.Id == command.Id, ct);
            if (institution is null)
                return Outcome<int>.Invalid("", T["This institution no longer exists."]);
            var name = command.Name.Trim();
            if (await db.Institutions.AnyAsync(i => i.Name == name && i.Id != command.Id, ct))
                return Outcome<int>.Invalid(nameof(Command.Name), InstitutionFieldsValidator.NameTaken);
            if (await InstitutionFieldsValidator.CodeTakenAsync(db, command.CertificateCode, command.Id, ct))
                return Outcome<int>.Invalid(nameof(Command.CertificateCode), InstitutionFieldsValidator.CodeTaken);
            if (institution.Version != command.Version)
                return Outcome<int>.Conflict(ConflictMessage);

            var now = clock.GetUtcNow().UtcDateTime;
            institution.Update(name, command.CountryCode, command.TimeZoneId, command.CertificateCode, now);
            // Only a change counts as one: the version then moves on once more, as any other change does.
            var language = InstitutionFieldsValidator.LanguageOrNull(command.DefaultLanguage);
            if (language != institution.DefaultLanguage)
                institution.SetDefaultLanguage(language, now);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another save got in between our read and our write: the Version column no longer matched.
                return Outcome<int>.Conflict(ConflictMessage);
            }
            catch (DbUpdateException)
            {
                // The only other unique value here: another institution took the certificate code meanwhile.
                db.ChangeTracker.Clear();
                return Outcome<int>.Invalid(nameof(Command.CertificateCode), InstitutionFieldsValidator.CodeTaken);
            }
            return Outcome<int>.Ok(institution.Version);
        }
    }
}
