using System.Globalization;
using FluentValidation;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Parsing;

namespace SmartPolicingLms.Curricula.Validation;

internal sealed class CourseFrontMatterValidator : AbstractValidator<CourseFrontMatter>
{
    public CourseFrontMatterValidator()
    {
        Required(c => c.Id, "id");
        RuleFor(c => c.Id).Must(Ids.IsValid).When(c => c.Id is not null).OverridePropertyName("id")
            .WithErrorCode(DiagnosticCodes.InvalidId).WithMessage(c => $"the course id '{c.Id}' must be {Ids.Rule}");
        Required(c => c.Title, "title");
        Required(c => c.Version, "version");
        Required(c => c.Language, "language");
        RuleFor(c => c.Language).Must(BeALanguageTag).When(c => c.Language is not null).OverridePropertyName("language")
            .WithMessage(c => $"'language' is '{c.Language}'; write a language code such as en, ru or ky");
        RuleFor(c => c.Audience).NotNull().OverridePropertyName("audience").WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage("course.md needs 'audience': cadets, recruits or in-service-officers");
        RuleFor(c => c.Hours).NotNull().OverridePropertyName("hours").WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage("course.md needs 'hours', the total teaching hours of its modules");
        RuleFor(c => c.Hours).InclusiveBetween(1, 1000).When(c => c.Hours is not null).OverridePropertyName("hours")
            .WithMessage(c => $"'hours' is {c.Hours}; a course has between 1 and 1000 hours");
        Between(c => c.HourMinutes, "hour-minutes", 30, 60, "a teaching hour lasts 30 to 60 minutes");
        Between(c => c.PassMarkPercent, "pass-mark-percent", 1, 100, "a pass mark is a percentage from 1 to 100");
        Between(c => c.AttendanceRequiredPercent, "attendance-required-percent", 1, 100, "required attendance is a percentage from 1 to 100");
        Between(c => c.LateCreditPercent, "late-credit-percent", 0, 100, "late credit is a percentage from 0 to 100");
        Between(c => c.PostTestAttempts, "post-test-attempts", 1, 10, "recruits get 1 to 10 post-test attempts");
        Required(c => c.Institution, "origin");
        RuleFor(c => c.Country).Must(c => c is { Length: 2 } && c.All(char.IsAsciiLetterUpper)).OverridePropertyName("origin")
            .WithErrorCode(DiagnosticCodes.InvalidValue)
            .WithMessage(c => $"'origin.country' is '{c.Country}'; write the two-letter country code in capitals, such as KG or GH");
        Required(c => c.Summary, "summary");
        // Course folders written before certificates existed still load; their certificates then carry no wording.
        RuleFor(c => c.Certificate).NotNull().OverridePropertyName("certificate").WithErrorCode(DiagnosticCodes.MissingKey)
            .WithSeverity(FluentValidation.Severity.Warning)
            .WithMessage("course.md has no 'certificate': add one with the 'title' and the one-sentence 'statement' its certificates print");
        When(c => c.Certificate is not null, () =>
        {
            CertificateText(c => c.Certificate!.Title, "title", 120, "the heading the certificate prints, such as Certificate of completion");
            CertificateText(c => c.Certificate!.Statement, "statement", 400, "one sentence saying what was completed")
                .Must(s => PlainText.EndsLikeASentence(s!))
                .WithMessage("'certificate.statement' must be one sentence, ending with a full stop (or '!' or '?')")
                .Must(s => PlainText.SecondSentence(s!) is null)
                .WithMessage((_, s) => $"'certificate.statement' must be one sentence, but a second one starts at '{PlainText.SecondSentence(s!)}'");
        });
    }

    void Required(System.Linq.Expressions.Expression<Func<CourseFrontMatter, string?>> value, string key) =>
        RuleFor(value).NotEmpty().OverridePropertyName(key).WithErrorCode(DiagnosticCodes.MissingKey)
            .WithMessage(key == "origin" ? "course.md needs 'origin' with 'institution' and 'country'" : $"course.md needs '{key}'");

    void Between(System.Linq.Expressions.Expression<Func<CourseFrontMatter, int>> value, string key, int min, int max, string why) =>
        RuleFor(value).InclusiveBetween(min, max).OverridePropertyName(key)
            .WithMessage((_, v) => $"'{key}' is {v}; {why}");

    // One diagnostic per value, the first that applies: a missing key, then an empty, marked-up or over-long text.
    IRuleBuilderOptions<CourseFrontMatter, string?> CertificateText(
        System.Linq.Expressions.Expression<Func<CourseFrontMatter, string?>> value, string key, int maxLength, string what) =>
        RuleFor(value).Cascade(CascadeMode.Stop)
            .NotNull().OverridePropertyName($"certificate.{key}").WithErrorCode(DiagnosticCodes.MissingKey).WithMessage($"'certificate' needs '{key}', {what}")
            .NotEmpty().WithMessage($"'certificate.{key}' is empty; write {what}")
            .Must(t => PlainText.Problem(t!) is null)
            .WithMessage((_, t) => $"'certificate.{key}' must be plain text on one line, but it contains {PlainText.Problem(t!)}; certificates print it exactly as written")
            .Must(t => PlainText.Length(t!) <= maxLength)
            .WithMessage((_, t) => $"'certificate.{key}' is {PlainText.Length(t!)} characters long; it may be at most {maxLength}");

    static bool BeALanguageTag(string? tag)
    {
        if (tag is null || tag.Length is < 2 or > 35 || !tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')) return false;
        try
        {
            return !CultureInfo.GetCultureInfo(tag).EnglishName.StartsWith("Unknown", StringComparison.Ordinal);
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
