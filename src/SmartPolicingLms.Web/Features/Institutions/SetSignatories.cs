using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Institutions;

// One to three people who sign the institution's certificates. Certificates issued before keep the ones they printed.
internal static class SetSignatories
{
    internal sealed class Row
    {
        public string? Name { get; set; }
        public string? Title { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Title);
    }

    internal sealed class Command
    {
        public int InstitutionId { get; set; }
        // The version the form was filled from; a save over someone else's newer change is refused.
        public int Version { get; set; }
        // The form always offers three rows; rows left blank are not signatories.
        public List<Row> Signatories { get; set; } = [];

        public IReadOnlyList<Signatory> Filled => [.. Signatories.Where(r => !r.IsBlank).Select(r => new Signatory(r.Name!.Trim(), r.Title!.Trim()))];
    }

    static readonly IStringLocalizer T = Localizers.For<InstitutionsStrings>();

    public static string NoneMessage => T["Enter at least one signatory: the name and title printed under a signature line."];
    public static string TooManyMessage => T["A certificate has room for three signatories at most; leave the others out."];

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Signatories).Must(rows => rows.Any(r => !r.IsBlank)).WithMessage(_ => NoneMessage)
                .Must(rows => rows.Count(r => !r.IsBlank) <= Signatory.MaxCount).WithMessage(_ => TooManyMessage);
            // Written out rather than with child rules, so each message says which signatory it is about.
            RuleFor(c => c).Custom((command, context) =>
            {
                for (var i = 0; i < command.Signatories.Count; i++)
                {
                    var (row, which) = (command.Signatories[i], i + 1);
                    if (row.IsBlank)
                        continue;
                    if (!SingleLine.IsClean(row.Name) || !SingleLine.IsClean(row.Title))
                        context.AddFailure($"Signatories[{i}].Name", T["Signatory {0}: the name and title may not contain line breaks or control characters.", which]);
                    if (string.IsNullOrWhiteSpace(row.Name))
                        context.AddFailure($"Signatories[{i}].Name", T["Signatory {0}: enter the name, as it is printed under the signature line.", which]);
                    else if (row.Name.Trim().Length > Signatory.NameMaxLength)
                        context.AddFailure($"Signatories[{i}].Name", T["Signatory {0}: the name may be at most {1} characters.", which, Signatory.NameMaxLength]);
                    if (string.IsNullOrWhiteSpace(row.Title))
                        context.AddFailure($"Signatories[{i}].Title", T["Signatory {0}: enter the title, such as Head of the Academy.", which]);
                    else if (row.Title.Trim().Length > Signatory.TitleMaxLength)
                        context.AddFailure($"Signatories[{i}].Title", T["Signatory {0}: the title may be at most {1} characters.", which, Signatory.TitleMaxLength]);
                }
            });
        }
    }

    internal sealed record Snapshot(IReadOnlyList<Signatory> Signatories);

    internal sealed class Handler(AppDbContext db, IValidator<Command> validator, InstitutionAccess access, CurrentPerson person, AuditLog audit,
        TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            if (await access.CertificateRefusalAsync(command.InstitutionId, ct) is { } refusal)
                return Outcome<int>.Refused(refusal);
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var institution = await db.Institutions.SingleAsync(i => i.Id == command.InstitutionId, ct);
            if (institution.Version != command.Version)
                return Outcome<int>.Conflict(CertificateSettings.ConflictMessage);

            var before = new Snapshot(institution.Signatories);
            institution.SetSignatories(command.Filled, clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, null, AuditSubjects.Institution(institution.Name), AuditAction.SignatoriesChanged, before,
                new Snapshot(institution.Signatories));
            return await db.TrySaveAsync(ct) ? Outcome<int>.Ok(institution.Version) : Outcome<int>.Conflict(CertificateSettings.ConflictMessage);
        }
    }
}
