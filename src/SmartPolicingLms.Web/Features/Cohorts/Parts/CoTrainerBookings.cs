using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// A named co-trainer is one person: never in two sessions at once, in any cohort at any institution. The refusal
// never says where the other booking is; that would tell one institution where a community member will be.
// The check locks the co-trainers it asks about, so it must run in the transaction that saves the booking.
internal sealed class CoTrainerBookings(AppDbContext db)
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public static string BookedMessage =>
        T["This co-trainer is already booked at that time; choose another or leave the slot to the organisation."];
    public static string BookedAtNewTimeMessage =>
        T["A co-trainer named in this session is already booked at the new time; choose another time, or fill their slot again without naming them."];

    // True when any of the co-trainers is booked elsewhere at that time.
    public async Task<bool> IsBookedAsync(IReadOnlyCollection<int> coTrainerIds, DateTime startsAt, DateTime endsAt, int? exceptSlotId,
        int? exceptSessionId, CancellationToken ct)
    {
        if (coTrainerIds.Count == 0)
            return false;
        await db.LockAsync(coTrainerIds.Select(RuleLock.CoTrainer), ct);
        return await db.SessionSlots.AsNoTracking()
            .Where(p => p.CoTrainerId != null && coTrainerIds.Contains(p.CoTrainerId.Value) && p.Id != exceptSlotId && p.SessionId != exceptSessionId)
            .Join(db.CohortSessions, p => p.SessionId, s => s.Id, (p, s) => s)
            .Where(s => s.StartsAt < endsAt && startsAt < s.EndsAt)
            .AnyAsync(s => db.Cohorts.Any(c => c.Id == s.CohortId && c.State != CohortState.Cancelled), ct);
    }
}
