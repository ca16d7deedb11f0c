using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Enrolment;

namespace SmartPolicingLms.Web.Features.Transfers;

// Moves an active recruit to another running cohort of the same course version at the same institution. The new
// enrolment points back at the old one, which is withdrawn in the same save, so the sessions attended, self-study
// read and tests taken in the earlier cohort keep counting towards completion. Places are counted and taken in one
// transaction under the target's places lock, so simultaneous transfers never overfill it.
internal static class TransferRecruit
{
    static readonly IStringLocalizer T = Localizers.For<TransfersStrings>();

    internal sealed class Command
    {
        public int CohortId { get; set; }
        public int EnrollmentId { get; set; }
        public int TargetCohortId { get; set; }
    }

    internal sealed record Transferred(int CohortId, int EnrollmentId);

    // Null when the recruit may move into the target; otherwise why not, naming the target.
    public static string? Refusal(Cohort source, Cohort target, int activeInTarget, bool alreadyThere)
    {
        if (target.Id == source.Id)
            return T["Choose another cohort: the recruit is already in this one."];
        if (target.InstitutionId != source.InstitutionId)
            return T["Choose a cohort of this cohort's institution."];
        if (target.CourseVersionId != source.CourseVersionId)
            return T["'{0}' runs another version of the course. A recruit keeps their attendance and tests only within the same course version.", target.Name];
        if (target.State is not (CohortState.Published or CohortState.InProgress))
            return target.State switch
            {
                CohortState.Draft => T["'{0}' is still a draft. Recruits transfer only into a published or running cohort.", target.Name],
                CohortState.Cancelled => T["'{0}' was cancelled.", target.Name],
                _ => T["'{0}' is closed.", target.Name],
            };
        if (alreadyThere)
            return T["The recruit already has a place in '{0}' (now or earlier), so they cannot transfer into it.", target.Name];
        if (activeInTarget >= target.Capacity)
            return T["'{0}' is full: all {1} places are taken.", target.Name, target.Capacity];
        return null;
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, RecruitInCohort recruits, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<Transferred>> HandleAsync(Command command, CancellationToken ct)
        {
            await using var transaction = await db.BeginCheckedWriteAsync(ct);
            var (enrollment, user, refusal) = await recruits.FindAsync(command.CohortId, command.EnrollmentId, ct);
            if (enrollment is null || user is null)
                return Outcome<Transferred>.Refused(refusal!);
            var source = await db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == command.CohortId, ct);
            var active = await db.PlacesTakenAsync(command.TargetCohortId, ct);
            var target = await db.Cohorts.SingleOrDefaultAsync(c => c.Id == command.TargetCohortId, ct);
            if (target is null || target.InstitutionId != source.InstitutionId)
                return Outcome<Transferred>.Invalid(nameof(Command.TargetCohortId), T["Choose a cohort of this cohort's institution."]);
            var there = await db.Enrollments.AnyAsync(e => e.CohortId == target.Id && e.RecruitUserId == user.Id, ct);
            if (Refusal(source, target, active, there) is { } why)
                return Outcome<Transferred>.Invalid(nameof(Command.TargetCohortId), why);

            var now = clock.GetUtcNow().UtcDateTime;
            var moved = Enrollment.TransferredFrom(enrollment, target.Id, now);
            db.Enrollments.Add(moved);
            enrollment.Withdraw(person.UserId, now);
            // A recruit joining with the code at the same moment sees the place taken through the version.
            target.Touch(now);
            audit.Record(person.UserId, source.Id, AuditSubjects.Recruits, AuditAction.RecruitTransferredOut, null,
                new { Recruit = user.Id, ToCohort = target.Id });
            audit.Record(person.UserId, target.Id, AuditSubjects.Recruits, AuditAction.RecruitTransferredIn, null,
                new { Recruit = user.Id, FromCohort = source.Id });
            try
            {
                // One transaction: the new place and the withdrawal from the old one stand or fall together.
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Outcome<Transferred>.Conflict(
                    T["Someone else changed this recruit's enrolment or '{0}' at the same moment. Look at them again before transferring.", target.Name]);
            }
            return Outcome<Transferred>.Ok(new Transferred(target.Id, moved.Id));
        }
    }
}
