using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// Sessions and cohorts are planned ahead. One that starts in the past is most often a slip (last year, last month), so
// it is saved only when the instructor confirms it; a start that is not moved (editing a running cohort's capacity,
// a past session's room) asks nothing. The refusal carries a code, by which the form knows to show the confirmation box.
internal sealed class PastStarts(AppDbContext db, TimeProvider clock)
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public const string Code = "past-start";

    public static string ConfirmLabel => T["Yes, it starts in the past: save it"];

    public static bool Asked(IEnumerable<ValidationFailure>? errors) => errors?.Any(e => e.ErrorCode == Code) == true;

    // A cohort's first day before today on the institution's clock.
    public async Task<ValidationFailure?> CohortAsync(int institutionId, DateOnly start, DateOnly? current, bool confirmed, string property,
        CancellationToken ct)
    {
        if (confirmed || start == current)
            return null;
        var zoneId = await db.Institutions.Where(i => i.Id == institutionId).Select(i => i.TimeZoneId).SingleAsync(ct);
        var today = DateOnly.FromDateTime(LocalTime.ToLocal(clock.GetUtcNow().UtcDateTime, LocalTime.Zone(zoneId)));
        return start >= today ? null : Refusal(property, T["The cohort would start in the past, on {0}. If that is right, tick the box below and save again.",
            LocalTime.Day(start)]);
    }

    // A session that starts before now.
    public ValidationFailure? Session(DateTime startsAt, DateTime? current, bool confirmed, string property, TimeZoneInfo zone) =>
        confirmed || startsAt == current || startsAt >= clock.GetUtcNow().UtcDateTime
            ? null
            : Refusal(property, T["The session would start in the past, at {0}. If that is right, tick the box below and save again.",
                LocalTime.At(LocalTime.ToLocal(startsAt, zone))]);

    static ValidationFailure Refusal(string property, string message) => new(property, message) { ErrorCode = Code };
}
