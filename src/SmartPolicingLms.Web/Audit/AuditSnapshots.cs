
namespace SmartPolicingLms.Web.Audit;

// What the audit log keeps of a cohort, a session or a slot. Organisations are named; a co-trainer never is,
// whatever their consent: the log outlives consent and a co-trainer's removal.
internal sealed record CohortSnapshot(string Name, int CourseVersionId, DateOnly StartDate, DateOnly EndDate, int Capacity,
    string State, IReadOnlyList<string> LeadInstructorIds)
{
    // The edition recruits read; absent from entries written before cohorts chose one.
    public string? Language { get; init; }

    public static CohortSnapshot Of(Cohort cohort) => new(cohort.Name, cohort.CourseVersionId, cohort.StartDate, cohort.EndDate,
        cohort.Capacity, cohort.State.ToString(), [.. cohort.Instructors.Where(i => i.IsLead).Select(i => i.UserId).Order()])
        { Language = cohort.Language };
}

internal sealed record SessionSnapshot(int CourseModuleId, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location,
    IReadOnlyList<string> InstructorIds)
{
    public static SessionSnapshot Of(CohortSession session) => new(session.CourseModuleId, session.StartsAt, session.EndsAt,
        session.Location, [.. session.Instructors.Select(i => i.UserId).Order()]);
}

// CoTrainer is "Named" when a co-trainer was named (a code, worded when shown), never who.
internal sealed record SlotSnapshot(string Coverage, string? Organisation, string? CoTrainer, string? WaiverReason)
{
    public const string NamedCoTrainer = "Named";

    public static SlotSnapshot Of(SessionSlot slot, string? organisationName) => new(slot.Coverage.ToString(), organisationName,
        slot.CoTrainerId is null ? null : NamedCoTrainer, slot.WaiverReason);
}

internal sealed record ScheduleSnapshot(int Sessions, int Slots, int SlotsDecided);
