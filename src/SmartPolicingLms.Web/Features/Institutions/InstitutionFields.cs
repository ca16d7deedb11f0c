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
        RuleFor(i => i.CountryCode).Must(IsCountryCode).WithName(_ => T["Country"])
            .WithMessage(_ => T["Enter the country's two-letter ISO 3166 code, such as GH, KE, KG or IN."]);
        RuleFor(i => i.TimeZoneId).Must(IsIanaTimeZone).WithName(_ => T["Time zone"])
            .WithMessage(_ => T["Enter an IANA time zone such as Africa/Accra, Africa/Nairobi, Asia/Bishkek or Asia/Kolkata."]);
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

    // In the reader's language for the countries the programmes run in and their neighbours (.NET names regions in
    // English only); any other country in English.
    public static string CountryName(string code) => code.Trim().ToUpperInvariant() switch
    {
        "KG" => T["Kyrgyzstan"],
        "KZ" => T["Kazakhstan"],
        "TJ" => T["Tajikistan"],
        "UZ" => T["Uzbekistan"],
        "RU" => T["Russia"],
        "GH" => T["Ghana"],
        "KE" => T["Kenya"],
        "IN" => T["India"],
        "MM" => T["Myanmar"],
        _ => EnglishName(code),
    };

    static string EnglishName(string code)
    {
        try { return new RegionInfo(code).EnglishName; }
        catch (ArgumentException) { return code; }
    }
}
