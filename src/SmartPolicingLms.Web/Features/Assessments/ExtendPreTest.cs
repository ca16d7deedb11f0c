using FluentValidation;

namespace SmartPolicingLms.Web.Features.Assessments;

// A late enrolment gets time to take the pre-test after the first session has begun.
internal static class ExtendPreTest
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    internal sealed class Command
    {
        public int Version { get; set; }
        public DateOnly? Date { get; set; }
        public TimeOnly? Time { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).NotNull().WithMessage(_ => T["Choose the day the pre-test closes for this recruit."]);
            RuleFor(c => c.Time).NotNull().WithMessage(_ => T["Choose the time the pre-test closes for this recruit."]);
        }
    }

    internal sealed class Handler(TestControls controls, Sittings sittings, IValidator<Command> validator)
    {
        public async Task<Outcome<int>> HandleAsync(int cohortId, int enrollmentId, Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var (enrollment, refusal) = await controls.EnrollmentAsync(cohortId, enrollmentId, command.Version, ct);
            if (enrollment is null)
                return Outcome<int>.Refused(refusal!);
            if (await controls.IsClosedAsync(cohortId, ct))
                return Outcome<int>.Invalid("", TestText.ClosedForInstructors);
            var sitting = (await sittings.OfEnrollmentAsync(cohortId, enrollmentId, TestKind.Pre, ct))!;
            if (enrollment.PreTestWaivedAt is not null)
                return Outcome<int>.Invalid("", T["The pre-test was waived for this recruit; there is nothing to extend."]);
            if (sitting.Attempts.Any(a => a.IsSubmitted))
                return Outcome<int>.Invalid("", T["This recruit has taken the pre-test already."]);
            if (LocalTime.ToUtc(command.Date!.Value, command.Time!.Value, sitting.Zone) is not { } until)
                return Outcome<int>.Invalid(nameof(Command.Time), LocalTime.NotOnClock(command.Date.Value, command.Time.Value, sitting.Zone.Id));
            if (until <= controls.Now)
                return Outcome<int>.Invalid(nameof(Command.Date), T["Choose a time that is still to come."]);

            var before = new TestAudit.PreTestWindow(enrollment.RecruitUserId, enrollment.PreTestExtendedUntil);
            enrollment.ExtendPreTest(until);
            controls.Record(cohortId, TestKind.Pre, AuditAction.WindowExtended, before,
                new TestAudit.PreTestWindow(enrollment.RecruitUserId, until));
            return await controls.TrySaveAsync(ct) ? Outcome<int>.Ok(enrollment.Version) : Outcome<int>.Conflict(TestControls.ConflictMessage);
        }
    }
}
