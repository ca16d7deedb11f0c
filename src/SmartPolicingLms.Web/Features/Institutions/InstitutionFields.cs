using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Institutions;

internal interface IInstitutionFields
{
    string Name { get; }
    string CountryCode { get; }
    string TimeZoneId { get; }
    string? CertificateCode { get; }
}

// The rules creating and editing share.
internal sealed class InstitutionFieldsValidator : AbstractValidator<IInstitutionFields>
{
    public InstitutionFieldsValidator()
    {
        RuleFor(i => i.Name).NotEmpty().MaximumLength(200).SingleLineText().WithName("Name");
        RuleFor(i => i.CountryCode).Must(IsCountryCode).WithName("Country")
            .WithMessage("Enter the country's two-letter ISO 3166 code, such as GH, KE, KG or IN.");
        RuleFor(i => i.TimeZoneId).Must(IsIanaTimeZone).WithName("Time zone")
            .WithMessage("Enter an IANA time zone such as Africa/Accra, Africa/Nairobi, Asia/Bishkek or Asia/Kolkata.");
        RuleFor(i => i.CertificateCode).Matches("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$").MaximumLength(20).WithName("Certificate code")
            .When(i => !string.IsNullOrWhiteSpace(i.CertificateCode))
            .WithMessage("Use up to 20 letters and digits, in parts joined by hyphens, such as KGZ-ACAD.");
    }

    public const string CodeTaken = "Another institution uses this certificate code; choose another.";

    // Certificate serials must not collide across institutions. The unique index holds it when two saves race.
    public static Task<bool> CodeTakenAsync(AppDbContext db, string? code, int exceptInstitutionId, CancellationToken ct)
    {
        var wanted = code?.Trim().ToUpperInvariant();
        return string.IsNullOrEmpty(wanted)
            ? Task.FromResult(false)
            : db.Institutions.AnyAsync(i => i.CertificateCode == wanted && i.Id != exceptInstitutionId, ct);
    }

    public static bool IsCountryCode(string? code)
    {
        code = code?.Trim().ToUpperInvariant();
        if (code is not { Length: 2 } || !code.All(char.IsAsciiLetterUpper))
            return false;
        try
        {
            return new RegionInfo(code).TwoLetterISORegionName == code;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    // Sessions are converted with this id on every machine, so only ids the time-zone database knows are taken.
    public static bool IsIanaTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id)
        && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)
        && zone.HasIanaId;

    public static string CountryName(string code)
    {
        try { return new RegionInfo(code).EnglishName; }
        catch (ArgumentException) { return code; }
    }
}
