using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// A named co-trainer is one person: never in two sessions at once, in any cohort at any institution. The refusal
// never says where the other booking is; that would tell one institution where a community member will be.
internal sealed class CoTrainerBookings(AppDbContext db)
{
    public const string BookedMessage =
        "This co-trainer is already booked at that time; choose another or leave the slot to the organisation.";
    public const string BookedAtNewTimeMessage =
        "A co-trainer named in this session is already booked at the new time; choose another time, or fill their slot again without naming them.";

    public Task<bool> IsBookedAsync(int coTrainerId, DateTime startsAt, DateTime endsAt, int? exceptSlotId, int? exceptSessionId,
        CancellationToken ct) =>
        db.SessionSlots.AsNoTracking()
            .Where(p => p.CoTrainerId == coTrainerId && p.Id != exceptSlotId && p.SessionId != exceptSessionId)
            .Join(db.CohortSessions, p => p.SessionId, s => s.Id, (p, s) => s)
            .Where(s => s.StartsAt < endsAt && startsAt < s.EndsAt)
            .AnyAsync(s => db.Cohorts.Any(c => c.Id == s.CohortId && c.State != CohortState.Cancelled), ct);
}
