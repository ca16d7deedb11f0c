using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Yaml;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>The front matter of course.md as written, before validation; absent keys are null.</summary>
internal sealed record CourseFrontMatter(
    string? Id, string? Title, string? Version, string? Language, Audience? Audience,
    decimal? Hours, int HourMinutes, int PassMarkPercent, int AttendanceRequiredPercent,
    int LateCreditPercent, int PostTestAttempts, string? Institution, string? Country, string? Summary,
    CertificateEntry? Certificate)
{
    public static readonly string[] Keys =
    [
        "id", "title", "version", "language", "audience", "hours", "hour-minutes", "pass-mark-percent",
        "attendance-required-percent", "late-credit-percent", "post-test-attempts", "origin", "summary", "certificate",
    ];

    internal static readonly Dictionary<string, Audience> Audiences = new()
    {
        ["cadets"] = Model.Audience.Cadets,
        ["recruits"] = Model.Audience.Recruits,
        ["in-service-officers"] = Model.Audience.InServiceOfficers,
    };

    // alsoAllowed: keys only some course files may hold, such as an edition's 'edition-review'.
    public static CourseFrontMatter Read(YamlFields fields, params string[] alsoAllowed)
    {
        fields.RejectUnknown([.. Keys, .. alsoAllowed]);
        var origin = fields.Map("origin");
        origin?.RejectUnknown("institution", "country");
        var certificate = fields.Map("certificate");
        certificate?.RejectUnknown("title", "statement");
        return new CourseFrontMatter(
            fields.String("id"), fields.String("title"), fields.String("version"), fields.String("language"),
            fields.Choice("audience", Audiences), fields.Decimal("hours"),
            fields.Int("hour-minutes") ?? 60, fields.Int("pass-mark-percent") ?? 70,
            fields.Int("attendance-required-percent") ?? 80, fields.Int("late-credit-percent") ?? 50,
            fields.Int("post-test-attempts") ?? 2,
            origin?.String("institution"), origin?.String("country"), fields.String("summary"),
            certificate is null ? null : new CertificateEntry(certificate.String("title"), certificate.String("statement")));
    }
}

/// <summary>The <c>certificate</c> mapping as written: what the course's certificates print.</summary>
internal sealed record CertificateEntry(string? Title, string? Statement);
