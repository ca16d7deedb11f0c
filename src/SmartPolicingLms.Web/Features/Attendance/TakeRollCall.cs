using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Attendance;

// One post of the roll-call form: every recruit's mark and whether each co-trainer slot was delivered, saved in
// one transaction through AttendanceBook, against the roll-call version the page was read at. If another
// instructor saved in between, nothing is written and their changes come back for this instructor to decide on.
internal static class TakeRollCall
{
    static readonly IStringLocalizer T = Localizers.For<AttendanceStrings>();

    public const string AllPresent = "all-present";
    public const int ReasonMaxLength = 1000;

    internal sealed class Command
    {
        public int Version { get; set; }
        // By enrolment id: Present, Late, Absent or Excused. A recruit left out keeps their stored mark.
        public Dictionary<int, string>? Marks { get; set; }
        // By slot id: Delivered, NotDelivered or NotRecorded. A slot left out keeps what is stored.
        public Dictionary<int, string>? Delivery { get; set; }
        // Required once the cohort is closed.
        public string? Reason { get; set; }
        // The button pressed: AllPresent only fills the form again; anything else saves.
        public string? Action { get; set; }
    }

    internal sealed record Saved(int MarksChanged, int DeliveryChanged, IReadOnlyList<SavedChange>? Conflict, int Version)
    {
        public bool Conflicted => Conflict is not null;
    }

    // What the audit log keeps of a slot's delivery: the organisation, never a person.
    internal sealed record DeliverySnapshot(string? Organisation, string Delivery);

    internal sealed class Handler(CurrentPerson person, AppDbContext db, CohortAccess access, SessionRoster roster, AttendanceBook book,
        RollCallWindow window, AuditLog audit)
    {
        public async Task<Outcome<Saved>> HandleAsync(int cohortId, int sessionId, Command command, CancellationToken ct)
        {
            var right = await access.RightAsync(cohortId, ct);
            if (right != CohortRight.Change)
                return Outcome<Saved>.Refused(CohortAccess.RefusalFor(right)!);
            var session = await db.CohortSessions.AsNoTracking().Where(s => s.Id == sessionId && s.CohortId == cohortId)
                .Select(s => new { s.Id, s.CourseModuleId }).SingleOrDefaultAsync(ct);
            if (session is null)
                return Outcome<Saved>.NotFound(ShowRollCall.NoSuchSession);
            var state = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.State).SingleAsync(ct);
            if (AttendanceBook.Refusal(state, command.Reason) is { } refusal)
                return Outcome<Saved>.Invalid(state == CohortState.Completed ? nameof(Command.Reason) : "", refusal);
            if (command.Reason?.Trim().Length > ReasonMaxLength)
                return Outcome<Saved>.Invalid(nameof(Command.Reason), T["Keep the reason to {0} characters.", ReasonMaxLength]);
            if (await window.RefusalAsync(sessionId, ct) is { } notOpen)
                return Outcome<Saved>.Invalid("", notOpen);

            var errors = new List<ValidationFailure>();
            var marks = await MarksAsync(sessionId, command.Marks ?? [], errors, ct);
            var slots = await db.SessionSlots.Where(s => s.SessionId == sessionId).ToDictionaryAsync(s => s.Id, ct);
            var delivery = Delivery(slots, command.Delivery ?? [], errors);
            if (errors.Count > 0)
                return Outcome<Saved>.Invalid(errors);

            var module = await db.CourseModules.AsNoTracking().Where(m => m.Id == session.CourseModuleId)
                .Select(m => new { m.Number, m.Title }).SingleAsync(ct);
            var organisationIds = delivery.Select(d => d.Slot.PartnerOrganisationId).ToList();
            var organisations = await db.PartnerOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
                .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
            var written = await book.RecordAsync(sessionId, command.Version, marks, AttendanceSource.RollCall, person.UserId,
                command.Reason, ct, rollCall =>
                {
                    foreach (var (slot, delivered) in delivery)
                    {
                        var organisation = slot.PartnerOrganisationId is { } id ? organisations.GetValueOrDefault(id) : null;
                        audit.Record(person.UserId, cohortId, AuditSubjects.Slot(module.Number, module.Title), AuditAction.SlotDeliveryRecorded,
                            new DeliverySnapshot(organisation, AttendanceText.DeliveryValue(slot.Delivered)),
                            new DeliverySnapshot(organisation, AttendanceText.DeliveryValue(delivered)));
                        slot.RecordDelivery(delivered, person.UserId, rollCall.UpdatedAt);
                    }
                });
            if (written.Refused is { } refused)
                return Outcome<Saved>.Invalid("", refused);
            return Outcome<Saved>.Ok(written.Conflicted
                ? new Saved(0, 0, written.Conflict, written.Version)
                : new Saved(written.Written.Count, delivery.Count, null, written.Version));
        }

        async Task<Dictionary<int, AttendanceMark>> MarksAsync(int sessionId, Dictionary<int, string> posted, List<ValidationFailure> errors,
            CancellationToken ct)
        {
            var expected = (await roster.EnrollmentIdsAsync(sessionId, ct)).ToHashSet();
            var marks = new Dictionary<int, AttendanceMark>();
            foreach (var (enrollmentId, value) in posted.Where(p => !string.IsNullOrWhiteSpace(p.Value)))
            {
                if (!expected.Contains(enrollmentId))
                    errors.Add(new($"Marks[{enrollmentId}]",
                        T["The form has a mark for a recruit (enrolment {0}) who is not on this session's roll call; open the roll call again.", enrollmentId]));
                else if (AttendanceText.ParseMark(value) is { } mark)
                    marks[enrollmentId] = mark;
                else
                    errors.Add(new($"Marks[{enrollmentId}]", T["'{0}' is not a mark: choose Present, Late, Absent or Excused.", value]));
            }
            return marks;
        }

        static List<(SessionSlot Slot, bool? Delivered)> Delivery(Dictionary<int, SessionSlot> slots, Dictionary<int, string> posted,
            List<ValidationFailure> errors)
        {
            var changes = new List<(SessionSlot, bool?)>();
            foreach (var (slotId, value) in posted.Where(p => !string.IsNullOrWhiteSpace(p.Value)))
            {
                bool? delivered = value switch
                {
                    AttendanceText.Delivered => true,
                    AttendanceText.NotDelivered => false,
                    _ => null,
                };
                if (!slots.TryGetValue(slotId, out var slot))
                    errors.Add(new($"Delivery[{slotId}]", T["The form records delivery of a co-trainer slot this session does not have; open the roll call again."]));
                else if (!AttendanceText.DeliveryValues.Contains(value))
                    errors.Add(new($"Delivery[{slotId}]", T["'{0}' is not a delivery: choose Delivered, Not delivered or Not recorded.", value]));
                else if (delivered == true && slot.Coverage is SlotCoverage.Open or SlotCoverage.Waived)
                    errors.Add(new($"Delivery[{slotId}]",
                        slot.Coverage == SlotCoverage.Open
                            ? T["A slot still open had no co-trainer planned, so it cannot be marked delivered."]
                            : T["A waived slot had no co-trainer planned, so it cannot be marked delivered."]));
                else if (slot.Delivered != delivered)
                    changes.Add((slot, delivered));
            }
            return changes;
        }
    }
}
