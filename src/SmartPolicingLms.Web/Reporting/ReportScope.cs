using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartPolicingLms.Web.Reporting;

// What a program officer's report or export covers: some cohorts, or an institution, a course and a period, any of
// them together. It lives in the address (institution=3&course=kgz-police&from=2026-01-01&to=2026-12-31&cohort=7&cohort=9),
// so a report can be bookmarked and sent, and an export says in the audit log exactly what it took.
// A cohort belongs to a period when its last day falls inside it: that is when its officers count as trained.
internal sealed record ReportScope(int? InstitutionId, string? CourseId, IReadOnlyList<int> CohortIds, DateOnly? From, DateOnly? To)
{
    public static readonly ReportScope Everything = new(null, null, [], null, null);

    static readonly IStringLocalizer T = Localizers.For<ReportingStrings>();

    // Names of the query parameters, used by the pages' forms and by the links below.
    public const string InstitutionParameter = "institution";
    public const string CourseParameter = "course";
    public const string CohortParameter = "cohort";
    public const string FromParameter = "from";
    public const string ToParameter = "to";

    // Reads the address's query; a value that cannot be read is a refusal naming the field, never silently dropped
    // (a dropped filter would export more than the person asked for).
    public static (ReportScope? Scope, Refusal? Refusal) Parse(IQueryCollection query)
    {
        int? institution = null;
        if (query[InstitutionParameter].ToString() is { Length: > 0 } i)
        {
            if (!int.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return (null, Refusal.Invalid(T["The institution \"{0}\" is not an institution number.", i]));
            institution = id;
        }
        var course = query[CourseParameter].ToString() is { Length: > 0 } c ? c.Trim() : null;
        var cohorts = new List<int>();
        foreach (var value in query[CohortParameter])
        {
            if (string.IsNullOrEmpty(value))
                continue;
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                return (null, Refusal.Invalid(T["The cohort \"{0}\" is not a cohort number.", value]));
            cohorts.Add(id);
        }
        var (from, fromRefusal) = Day(query, FromParameter, start: true);
        var (to, toRefusal) = Day(query, ToParameter, start: false);
        if ((fromRefusal ?? toRefusal) is { } refusal)
            return (null, refusal);
        if (from > to)
            return (null, Refusal.Invalid(T["The period starts ({0}) after it ends ({1}).",
                from!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), to!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]));
        return (new ReportScope(institution, course, [.. cohorts.Distinct().Order()], from, to), null);
    }

    static (DateOnly? Day, Refusal? Refusal) Day(IQueryCollection query, string name, bool start)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
            return (null, null);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? (day, null)
            : (null, Refusal.Invalid(start
                ? T["The period's start \"{0}\" is not a date written as year-month-day (2026-12-31).", text]
                : T["The period's end \"{0}\" is not a date written as year-month-day (2026-12-31).", text]));
    }

    // The query string that reads back as this scope ("" when it covers everything), with a leading "?".
    public string ToQuery()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (InstitutionId is { } institution)
            pairs.Add(new(InstitutionParameter, institution.ToString(CultureInfo.InvariantCulture)));
        if (CourseId is { } course)
            pairs.Add(new(CourseParameter, course));
        pairs.AddRange(CohortIds.Select(id => new KeyValuePair<string, string?>(CohortParameter, id.ToString(CultureInfo.InvariantCulture))));
        if (From is { } from)
            pairs.Add(new(FromParameter, from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        if (To is { } to)
            pairs.Add(new(ToParameter, to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return pairs.Count == 0 ? "" : QueryString.Create(pairs).Value ?? "";
    }

    // Kept in the audit log with every export.
    public ReportScopeSnapshot Snapshot() => new(InstitutionId, CourseId, CohortIds, From, To);
}

internal sealed record ReportScopeSnapshot(int? InstitutionId, string? CourseId, IReadOnlyList<int> CohortIds, DateOnly? From, DateOnly? To);
