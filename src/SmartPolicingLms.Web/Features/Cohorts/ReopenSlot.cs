
namespace SmartPolicingLms.Web.Features.Cohorts;

// Undoes a fill or a waiver while the cohort is a draft.
internal static class ReopenSlot
{
    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public int SlotId { get; set; }
    }

    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    public static string KeptCovered =>
        T["A published cohort keeps every slot covered: fill it with another organisation or waive it with a reason instead."];

    internal sealed class Handler(CurrentPerson person, SlotChange change)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            var (loaded, refusal) = await change.LoadAsync(command.CohortId, command.Version, command.SlotId, ct);
            if (loaded is null)
                return Outcome<int>.Refused(refusal!);
            if (!loaded.Cohort.State.ReopensSlots())
                return Outcome<int>.Invalid("", KeptCovered);

            loaded.Slot.Reopen(person.UserId, change.Now);
            return await change.SaveAsync(loaded, AuditAction.SlotReopened, ct)
                ? Outcome<int>.Ok(loaded.Slot.Id)
                : Outcome<int>.Conflict(CohortAccess.ConflictMessage);
        }
    }
}
