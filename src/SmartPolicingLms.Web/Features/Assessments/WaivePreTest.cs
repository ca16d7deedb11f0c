using FluentValidation;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.Assessments;

// A recruit who cannot take the pre-test (enrolled after the course was under way) is excused, with a reason kept.
// In a closed cohort the waiver's reason is the recorded reason for changing a final result, and the recruit's
// completion record is rewritten with it.
internal static class WaivePreTest
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    internal sealed class Command
    {
        public int Version { get; set; }
        public string Reason { get; set; } = "";
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => T["Write why this recruit does not take the pre-test; the reason is kept with your name and the date."])
            .MaximumLength(1000);
    }

    internal sealed class Handler(CurrentPerson person, TestControls controls, IValidator<Command> validator, CompletionRecords records, AppDbContext db)
    {
        public async Task<Outcome<int>> HandleAsync(int cohortId, int enrollmentId, Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<int>.Invalid(validation.Errors);
            var (enrollment, refusal) = await controls.EnrollmentAsync(cohortId, enrollmentId, command.Version, ct);
            if (enrollment is null)
                return Outcome<int>.Refused(refusal!);
            if (enrollment.PreTestWaivedAt is not null)
                return Outcome<int>.Invalid("", T["The pre-test is waived already."]);
            if (await controls.HasSubmittedAsync(enrollment.Id, TestKind.Pre, ct))
                return Outcome<int>.Invalid("", T["This recruit has taken the pre-test already."]);

            enrollment.WaivePreTest(command.Reason, person.UserId, controls.Now);
            controls.Record(cohortId, TestKind.Pre, AuditAction.PreTestWaived, null,
                new TestAudit.PreTestWaiver(enrollment.RecruitUserId, enrollment.PreTestWaiverReason!));
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await controls.TrySaveAsync(ct))
                return Outcome<int>.Conflict(TestControls.ConflictMessage);
            await records.RefreshAsync(enrollment.Id, person.UserId, ct);
            await transaction.CommitAsync(ct);
            return Outcome<int>.Ok(enrollment.Version);
        }
    }
}
