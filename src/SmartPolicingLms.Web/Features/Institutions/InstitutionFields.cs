using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Institutions;

internal interface IInstitutionFields
{
    string Name { get; }
    string CountryCode { get; }
    string TimeZoneId { get; }
    string? CertificateCode { get; }
    // en, ru or ky; empty when each person's browser decides.
    string? DefaultLanguage { get; }
}

// The rules creating and editing share.
// Validators may be singletons, so every message is a lambda: it is looked up in the language of the request that fails.
internal sealed class InstitutionFieldsValidator : AbstractValidator<IInstitutionFields>
{
    static readonly IStringLocalizer T = Localizers.For<InstitutionsStrings>();

    public InstitutionFieldsValidator()
    {
        RuleFor(i => i.Name).NotEmpty().MaximumLength(200).SingleLineText().WithName(_ => T["Name"]);
        // Chosen from a list: a code that is not a country (a typed "Kyrgyzstan", a forged "XX") is refused, never cut down.
        RuleFor(i => i.CountryCode).Must(Countries.IsKnown).WithName(_ => T["Country"])
            .WithMessage(_ => T["Choose the country from the list."]);
        // A zone of the chosen country; with no country yet, any zone this server knows (the country's refusal says the rest).
        RuleFor(i => i.TimeZoneId)
            .Must((i, zone) => Countries.IsKnown(i.CountryCode) ? Countries.HasZone(i.CountryCode, zone) : IsIanaTimeZone(zone))
            .WithName(_ => T["Time zone"])
            .WithMessage(i => Countries.IsKnown(i.CountryCode)
                ? T["Choose one of the time zones of {0}.", Countries.Name(i.CountryCode)]
                : T["Choose the country, then one of its time zones."]);
        RuleFor(i => i.CertificateCode).Matches("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$").MaximumLength(20).WithName(_ => T["Certificate code"])
            .When(i => !string.IsNullOrWhiteSpace(i.CertificateCode))
            .WithMessage(_ => T["Use up to 20 letters and digits, in parts joined by hyphens, such as KGZ-ACAD."]);
        RuleFor(i => i.DefaultLanguage).Must(l => string.IsNullOrEmpty(l) || Languages.All.Contains(l)).WithName(_ => T["Default language"])
            .WithMessage(_ => T["Choose English, Russian or Kyrgyz, or let each person's browser decide."]);
    }

    public static string CodeTaken => T["Another institution uses this certificate code; choose another."];
    public static string NameTaken => T["An institution with this name exists already."];

    // The stored value of the form's choice: null when each person's browser decides.
    public static string? LanguageOrNull(string? language) => Languages.Supported(language);

    // Certificate serials must not collide across institutions. The unique index holds it when two saves race.
    public static Task<bool> CodeTakenAsync(AppDbContext db, string? code, int exceptInstitutionId, CancellationToken ct)
    {
        var wanted = code?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(wanted)
            ? Task.FromResult(false)
            : db.Institutions.AnyAsync(i => i.CertificateCode == wanted && i.Id != exceptInstitutionId, ct);
    }

    // Sessions are converted with this id on every machine, so only ids the time-zone database knows are taken.
    public static bool IsIanaTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)
        && zone.HasIanaId;

    public static string CountryName(string code) => Countries.Name(code);
}
