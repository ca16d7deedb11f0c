using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// What scheduling and rescheduling a session both check before anything is written: the day falls within the
// cohort, the instructors are the institution's, the times exist on the local clock, a start moved into the past is
// confirmed, and nothing is double-booked.
internal sealed class SessionChecks(AppDbContext db, InstitutionInstructors instructors, SessionClashes clashes, PastStarts past)
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    internal sealed record Times(DateTime StartsAt, DateTime EndsAt);

    public async Task<(Times? Times, IReadOnlyList<ValidationFailure> Errors)> CheckAsync(
        Cohort cohort, ISessionFields fields, CohortSession? current, CancellationToken ct)
    {
        if (fields.Date < cohort.StartDate || fields.Date > cohort.EndDate)
            return Refused(nameof(ISessionFields.Date),
                T["The date must fall within the cohort's dates, {0} to {1}.", LocalTime.Day(cohort.StartDate), LocalTime.Day(cohort.EndDate)]);
        if (!await instructors.AllBelongAsync(cohort.InstitutionId, fields.InstructorIds, ct))
            return Refused(nameof(ISessionFields.InstructorIds), T["Instructors must be instructors of the cohort's institution."]);
        var zoneId = await db.Institutions.Where(i => i.Id == cohort.InstitutionId).Select(i => i.TimeZoneId).SingleAsync(ct);
        var zone = LocalTime.Zone(zoneId);
        if (LocalTime.ToUtc(fields.Date, fields.StartTime, zone) is not { } startsAt)
            return Refused(nameof(ISessionFields.StartTime), LocalTime.NotOnClock(fields.Date, fields.StartTime, zoneId));
        if (LocalTime.ToUtc(fields.Date, fields.EndTime, zone) is not { } endsAt)
            return Refused(nameof(ISessionFields.EndTime), LocalTime.NotOnClock(fields.Date, fields.EndTime, zoneId));

        if (past.Session(startsAt, current?.StartsAt, fields.ConfirmPast, nameof(ISessionFields.Date), zone) is { } unconfirmed)
            return (null, [unconfirmed]);

        var planned = new PlannedSession(startsAt, endsAt, fields.Location, [.. fields.InstructorIds.Distinct()]);
        var found = await clashes.FindAsync(cohort.InstitutionId, [planned], current is { Id: var id } ? [id] : [], zone, ct);
        return found.Count > 0 ? (null, found) : (new Times(startsAt, endsAt), []);
    }

    static (Times?, IReadOnlyList<ValidationFailure>) Refused(string property, string message) => (null, [new(property, message)]);
}
