using System.Globalization;
using FluentValidation;
using SmartPolicingLms.Web.Features.Catalogue;

namespace SmartPolicingLms.Web.Features.Cohorts;

// Publish, back to draft, start or cancel. Completing is closing: see Completion/CloseCohort.
internal static class ChangeCohortState
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();
    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int Version { get; set; }
        public CohortState Target { get; set; }
        public bool ConfirmCancel { get; set; }
        // Asked for only when the course has legal claims awaiting local review (see PendingLegalClaims).
        public bool ConfirmLegalReview { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Target).IsInEnum().WithName(_ => T["New state"]);
            RuleFor(c => c.ConfirmCancel).Equal(true).When(c => c.Target == CohortState.Cancelled)
                .WithName(_ => T["Confirm cancelling"]).WithMessage(_ => T["Tick the box to confirm that the cohort is cancelled; this cannot be undone."]);
        }
    }

    public static string ClosingOnly =>
        T["A cohort is completed by closing it (“Close the cohort”), which records every recruit's completion and freezes attendance and results."];

    public static string LegalReviewUnconfirmed =>
        T["This course needs local legal review: tick the box to confirm you have seen the legal claims listed above before publishing."];

    internal sealed class Handler(CurrentPerson person, IValidator<Command> validator, CohortAccess access, ScheduleReview review,
        PendingLegalClaims pendingClaims, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<CohortState>> HandleAsync(Command command, CancellationToken ct)
        {
            var validation = await validator.ValidateAsync(command, ct);
            if (!validation.IsValid)
                return Outcome<CohortState>.Invalid(validation.Errors);
            var (cohort, refusal) = await access.ForChangeAsync(command.CohortId, command.Version, ct);
            if (cohort is null)
                return Outcome<CohortState>.Refused(refusal!);
            if (command.Target.OnlyByClosing())
                return Outcome<CohortState>.Invalid(nameof(Command.Target), ClosingOnly);
            if (!cohort.State.CanMoveTo(command.Target))
                return Outcome<CohortState>.Invalid(nameof(Command.Target),
                    T["A cohort that is {0} cannot become {1}.", CohortText.Of(cohort.State).ToLower(CultureInfo.CurrentCulture), CohortText.Of(command.Target).ToLower(CultureInfo.CurrentCulture)]);
            if (command.Target == CohortState.Published
                && (await review.HandleAsync(cohort.Id, ct)).PublishBlockers is { Count: > 0 } blockers)
                return Outcome<CohortState>.Invalid(blockers.Select(b => new FluentValidation.Results.ValidationFailure("", b)));
            if (command.Target == CohortState.Published && !command.ConfirmLegalReview
                && (await pendingClaims.ForVersionAsync(cohort.CourseVersionId, ct)).Count > 0)
                return Outcome<CohortState>.Invalid(nameof(Command.ConfirmLegalReview), LegalReviewUnconfirmed);

            var before = cohort.State;
            cohort.MoveTo(command.Target, clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohort.Id, AuditSubjects.Cohort, ActionFor(command.Target),
                new { State = before.ToString() }, new { State = command.Target.ToString() });
            return await access.TrySaveAsync(ct)
                ? Outcome<CohortState>.Ok(command.Target)
                : Outcome<CohortState>.Conflict(CohortAccess.ConflictMessage);
        }

        static AuditAction ActionFor(CohortState target) => target switch
        {
            CohortState.Draft => AuditAction.ReturnedToDraft,
            CohortState.InProgress => AuditAction.Started,
            CohortState.Published => AuditAction.Published,
            CohortState.Cancelled => AuditAction.Cancelled,
            _ => AuditAction.Closed,
        };
    }
}
