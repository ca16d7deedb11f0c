using System.Globalization;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Parsing;
using SmartPolicingLms.Curricula.Validation;
using SmartPolicingLms.Curricula.Yaml;

namespace SmartPolicingLms.Curricula.Editions;

/// <summary>
/// Reads an edition's course file (<c>course.ru.md</c>). It translates the words of course.md (title, summary,
/// certificate, and the institution's name if it likes); the settings are the reference's, so one written here must
/// say the same, and <c>language</c> must be the files' tag. <c>edition-review: pending</c> marks an edition that
/// awaits a native speaker's review.
/// </summary>
internal static class EditionCourseFile
{
    public const string ReviewKey = "edition-review";

    public static (CourseFrontMatter Edition, bool AwaitingReview) Read(
        MarkdownSource source, CourseFrontMatter reference, string tag, CourseBuilder builder, DiagnosticBag diagnostics)
    {
        var fields = source.Fields ?? builder.Empty(source.File);
        var edition = CourseFrontMatter.Read(fields, ReviewKey);
        if (source.Fields is null) return (edition, false); // the broken front matter is reported already
        var path = source.File.Path;
        CheckLanguage(fields, edition, tag, path, diagnostics);
        foreach (var (key, mine, theirs) in Settings(edition, reference).Where(s => Readable(fields, s.Key) && s.Mine is not null && s.Theirs is not null))
        {
            if (mine == theirs) continue;
            var (line, column) = fields.Where(key);
            diagnostics.Error(DiagnosticCodes.EditionSettingDiffers, path, line, column,
                $"'{key}' is {mine} here but {theirs} in course.md; an edition has the reference's settings, so write the same or leave the line out");
        }
        // A value of the wrong type is reported where it stands; it is not also missing.
        RequireTranslation(fields, "title", !string.IsNullOrWhiteSpace(edition.Title) || fields.Has("title") && edition.Title is null,
            "the course's title", path, tag, diagnostics);
        RequireTranslation(fields, "summary", !string.IsNullOrWhiteSpace(edition.Summary) || fields.Has("summary") && edition.Summary is null,
            "the one-paragraph summary", path, tag, diagnostics);
        if (reference.Certificate is not null)
            RequireTranslation(fields, "certificate", fields.Has("certificate"), "the certificate's 'title' and 'statement'", path, tag, diagnostics);
        // The words' own rules (a certificate statement of one sentence, plain text) apply in every language; what is
        // missing is reported above in the edition's words, and the settings were checked in course.md.
        var merged = reference with { Title = edition.Title, Summary = edition.Summary, Certificate = edition.Certificate ?? reference.Certificate };
        var result = CourseBuilder.CourseValidator.Validate(merged);
        builder.Validate(new FluentValidation.Results.ValidationResult(result.Errors.Where(e => IsTranslated(e, edition))), source);
        return (edition, AwaitingReview(fields, path, diagnostics));
    }

    static bool IsTranslated(FluentValidation.Results.ValidationFailure failure, CourseFrontMatter edition) =>
        failure.PropertyName is "title" or "summary" or "certificate"
            ? failure.ErrorCode != DiagnosticCodes.MissingKey
            : failure.PropertyName.StartsWith("certificate.", StringComparison.Ordinal) && edition.Certificate is not null;

    static void CheckLanguage(YamlFields fields, CourseFrontMatter edition, string tag, string path, DiagnosticBag diagnostics)
    {
        var (line, column) = fields.Where("language");
        if (edition.Language is null && !fields.Has("language"))
            diagnostics.Error(DiagnosticCodes.EditionLanguageMismatch, path, line, column,
                $"{path} needs 'language: {tag}', the language of its edition");
        else if (edition.Language is { } language && !string.Equals(language, tag, StringComparison.OrdinalIgnoreCase))
            diagnostics.Error(DiagnosticCodes.EditionLanguageMismatch, path, line, column,
                $"'language' is '{language}', but the file's name says '{tag}'; write 'language: {tag}' or rename the edition's files");
    }

    static void RequireTranslation(YamlFields fields, string key, bool given, string what, string path, string tag, DiagnosticBag diagnostics)
    {
        if (given) return;
        var (line, column) = fields.Where(key);
        diagnostics.Error(DiagnosticCodes.MissingKey, path, line, column,
            $"{path} needs '{key}': {what} in {EditionFiles.Name(tag)}");
    }

    static bool AwaitingReview(YamlFields fields, string path, DiagnosticBag diagnostics)
    {
        var review = fields.String(ReviewKey);
        if (review is null or "pending") return review is not null;
        var (line, column) = fields.Where(ReviewKey);
        diagnostics.Error(DiagnosticCodes.InvalidValue, path, line, column,
            $"'{ReviewKey}' is '{review}', but the only value is 'pending'; keep 'edition-review: pending' while the edition awaits "
            + "a native speaker's review, and remove the line once it is reviewed");
        return true;
    }

    // Each setting an edition may repeat, as written in messages: the edition's value and the reference's, or null
    // where either could not be read (that is reported where it stands).
    static IEnumerable<(string Key, string? Mine, string? Theirs)> Settings(CourseFrontMatter e, CourseFrontMatter r)
    {
        yield return ("id", Quote(e.Id is null ? null : Ids.Key(e.Id)), Quote(r.Id is null ? null : Ids.Key(r.Id)));
        yield return ("version", Quote(e.Version), Quote(r.Version));
        yield return ("audience", Quote(Word(e.Audience)), Quote(Word(r.Audience)));
        yield return ("hours", N(e.Hours), N(r.Hours));
        yield return ("hour-minutes", N(e.HourMinutes), N(r.HourMinutes));
        yield return ("pass-mark-percent", N(e.PassMarkPercent), N(r.PassMarkPercent));
        yield return ("attendance-required-percent", N(e.AttendanceRequiredPercent), N(r.AttendanceRequiredPercent));
        yield return ("late-credit-percent", N(e.LateCreditPercent), N(r.LateCreditPercent));
        yield return ("post-test-attempts", N(e.PostTestAttempts), N(r.PostTestAttempts));
        yield return ("origin.country", Quote(e.Country), Quote(r.Country));
    }

    // Only a setting written here counts; one whose value could not be read is reported as such, not as a difference.
    static bool Readable(YamlFields fields, string key) =>
        fields.Has(key) && (key is "id" or "version" or "audience" or "hours" or "origin.country"
            || fields.Mapping[key] is YamlScalar s && int.TryParse(s.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));

    static string? Word(Model.Audience? audience) =>
        audience is null ? null : CourseFrontMatter.Audiences.First(a => a.Value == audience).Key;

    static string? Quote(string? value) => value is null ? null : $"'{value}'";

    static string? N(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);
}
