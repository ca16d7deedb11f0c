
namespace SmartPolicingLms.Web.Features.Assessments;

// One more post-test attempt for a recruit who has used theirs. The form carries the enrolment's version, so a
// grant posted twice (a double click, a replayed request) adds one attempt, not two.
internal static class GrantRetake
{
    static readonly IStringLocalizer T = Localizers.For<AssessmentsStrings>();

    internal sealed class Command
    {
        public int Version { get; set; }
    }

    internal sealed class Handler(TestControls controls, Sittings sittings)
    {
        public async Task<Outcome<int>> HandleAsync(int cohortId, int enrollmentId, Command command, CancellationToken ct)
        {
            var (enrollment, refusal) = await controls.EnrollmentAsync(cohortId, enrollmentId, command.Version, ct);
            if (enrollment is null)
                return Outcome<int>.Refused(refusal!);
            if (await controls.IsClosedAsync(cohortId, ct))
                return Outcome<int>.Invalid("", TestText.ClosedForInstructors);
            var sitting = (await sittings.OfEnrollmentAsync(cohortId, enrollmentId, TestKind.Post, ct))!;
            if (sitting.Passed)
                return Outcome<int>.Invalid("", T["This recruit has passed the post-test: there is no retake to grant."]);
            if (sitting.AttemptsLeft > 0)
                return Outcome<int>.Invalid("", T["This recruit still has {0} at the post-test.", Plural(sitting.AttemptsLeft)]);

            var before = new TestAudit.PostTestAttempts(enrollment.RecruitUserId, enrollment.ExtraPostTestAttempts);
            enrollment.GrantRetake();
            controls.Record(cohortId, TestKind.Post, AuditAction.RetakeGranted, before,
                new TestAudit.PostTestAttempts(enrollment.RecruitUserId, enrollment.ExtraPostTestAttempts));
            return await controls.TrySaveAsync(ct) ? Outcome<int>.Ok(enrollment.Version) : Outcome<int>.Conflict(TestControls.ConflictMessage);
        }

        static string Plural(int n) => T.Plural(n, "{0} attempt|{0} attempts");
    }
}
