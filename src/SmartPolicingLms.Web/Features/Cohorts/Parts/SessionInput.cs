namespace SmartPolicingLms.Web.Features.Cohorts;

// The session form's fields; the page hands them to ScheduleSession or RescheduleSession.
internal sealed class SessionInput : ISessionFields
{
    public int Version { get; set; }
    public DateOnly Date { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    public string Location { get; set; } = "";
    // The form binder hands over null when no box is ticked.
    public string[] InstructorIds { get; set => field = value ?? []; } = [];
    public bool ConfirmPast { get; set; }

    public ScheduleSession.Command ToSchedule(int cohortId, int moduleId) => new()
    {
        CohortId = cohortId, Version = Version, ModuleId = moduleId, Date = Date, StartTime = StartTime, EndTime = EndTime,
        Location = Location, InstructorIds = InstructorIds, ConfirmPast = ConfirmPast,
    };

    public RescheduleSession.Command ToReschedule(int cohortId, int sessionId) => new()
    {
        CohortId = cohortId, Version = Version, SessionId = sessionId, Date = Date, StartTime = StartTime, EndTime = EndTime,
        Location = Location, InstructorIds = InstructorIds, ConfirmPast = ConfirmPast,
    };

    public static SessionInput From(SessionForm.Model form) => form.Session is { } current
        ? new() { Version = form.Version, Date = current.Date, StartTime = current.StartTime, EndTime = current.EndTime,
            Location = current.Location, InstructorIds = current.InstructorIds }
        : new() { Version = form.Version, Date = form.StartDate, StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(12, 0) };
}
