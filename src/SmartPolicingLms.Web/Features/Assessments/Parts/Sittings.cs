using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.Assessments;

// A recruit's place in one test of one cohort: their window, their attempts, and the questions to answer.
internal sealed record Sitting(
    int EnrollmentId, int CohortId, string CohortName, int CourseVersionId, TimeZoneInfo Zone, TestKind Kind,
    TestWindow Window, int AttemptsAllowed, int PassMarkPercent, IReadOnlyList<TestAttempt> Attempts)
{
    public TestAttempt? OpenAttempt => Attempts.FirstOrDefault(a => !a.IsSubmitted);
    public int AttemptsLeft => Math.Max(0, AttemptsAllowed - Attempts.Count);
    public int NextNumber => Attempts.Count == 0 ? 1 : Attempts.Max(a => a.Number) + 1;
    // A closed cohort's results are final: nothing more is answered, started or submitted online.
    public bool CohortClosed { get; init; }
    // The cohort's edition: the language its questions are asked in.
    public string? Edition { get; init; }
    // Passed: a submitted post-test attempt reached the pass mark (the completion rule takes the best attempt), so no
    // further attempt is offered or started.
    public bool Passed => Kind == TestKind.Post && PassMark.Passes(Attempts.Where(a => a.IsSubmitted).Max(a => a.ScorePercent), PassMarkPercent);
    public bool CanStart => Window.IsOpen && OpenAttempt is null && AttemptsLeft > 0 && !CohortClosed && !Passed;
    // The post-test is over for the cohort when the cohort is closed: until then its window stays open (TestWindows.Post)
    // and an instructor may grant a retake, so answers shown earlier could be passed on to someone still taking it.
    public bool AnswersMayBeReviewed => Kind == TestKind.Post && Window.State == WindowState.CohortClosed;

    // The order one attempt's options are shown in: stable on any device, different for each attempt.
    public string OrderKey(TestAttempt attempt) => $"{EnrollmentId}/{Kind}/{attempt.Number}";

    // Null when the recruit may write to this attempt now; otherwise why not.
    public string? RefusalToAnswer(int attemptNumber) =>
        (CohortClosed ? TestText.CohortClosed : null)
        ?? TestText.Closed(Kind, Window, Zone)
        ?? (OpenAttempt is { } open && open.Number == attemptNumber ? null : TestText.NoOpenAttempt);
}

// Finds a sitting: for a recruit, from the URL's cohort and kind and their own active enrolment only; for an
// instructor, by enrolment within the URL's cohort. The attempts come back tracked, so a use case can change one
// and save.
internal sealed class Sittings(AppDbContext db, CurrentPerson person, RecruitCompletion completion, TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Sitting?> MineAsync(int cohortId, TestKind kind, CancellationToken ct) =>
        LoadAsync(db.Enrollments.Active().Where(e => e.CohortId == cohortId && e.RecruitUserId == person.UserId), kind, ct);

    public Task<Sitting?> OfEnrollmentAsync(int cohortId, int enrollmentId, TestKind kind, CancellationToken ct) =>
        LoadAsync(db.Enrollments.Active().Where(e => e.CohortId == cohortId && e.Id == enrollmentId), kind, ct);

    // One query: a test page is read on every answer saved, so its round trips count. The attempts come back
    // tracked (EF tracks entities inside a projection), the rest as plain values.
    async Task<Sitting?> LoadAsync(IQueryable<Enrollment> enrollment, TestKind kind, CancellationToken ct)
    {
        var row = await (
                from e in enrollment
                join c in db.Cohorts on e.CohortId equals c.Id
                join i in db.Institutions on c.InstitutionId equals i.Id
                join v in db.CourseVersions on c.CourseVersionId equals v.Id
                select new
                {
                    e.Id, e.CohortId, e.EnrolledAt, e.TransferredFromEnrollmentId, e.PreTestExtendedUntil, Waived = e.PreTestWaivedAt != null, e.ExtraPostTestAttempts,
                    c.Name, c.State, c.PostTestOpenedAt, c.CourseVersionId, c.Language, i.TimeZoneId, v.PostTestAttempts, v.PassMarkPercent,
                    // Make-up sessions repeat a module for a few; the windows follow the regular schedule.
                    FirstStart = db.CohortSessions.Where(s => s.CohortId == c.Id && !s.IsMakeUp).Min(s => (DateTime?)s.StartsAt),
                    LastEnd = db.CohortSessions.Where(s => s.CohortId == c.Id && !s.IsMakeUp).Max(s => (DateTime?)s.EndsAt),
                    Attempts = db.TestAttempts.Where(a => a.EnrollmentId == e.Id && a.Kind == kind).OrderBy(a => a.Number).ToList(),
                })
            .SingleOrDefaultAsync(ct);
        if (row is null)
            return null;
        var attempts = kind == TestKind.Pre && row.TransferredFromEnrollmentId is { } earlier
            ? [.. await EarlierPreTestsAsync(earlier, ct), .. row.Attempts]
            : row.Attempts;
        var facts = new WindowFacts(row.EnrolledAt, row.PreTestExtendedUntil, row.Waived, row.FirstStart, row.LastEnd,
            row.PostTestOpenedAt, row.State == CohortState.Cancelled, row.State == CohortState.Completed);
        return new Sitting(row.Id, row.CohortId, row.Name, row.CourseVersionId, TimeZoneInfo.FindSystemTimeZoneById(row.TimeZoneId), kind,
            TestWindows.For(kind, facts, Now), TestWindows.AttemptsAllowed(kind, row.PostTestAttempts, row.ExtraPostTestAttempts),
            row.PassMarkPercent, attempts) { CohortClosed = row.State == CohortState.Completed, Edition = row.Language };
    }

    // A recruit who transferred took the pre-test in an earlier cohort of the same course version: that one counts,
    // so they are not offered it again. Only submitted attempts, read-only: nothing is written to another enrolment.
    async Task<List<TestAttempt>> EarlierPreTestsAsync(int enrollmentId, CancellationToken ct)
    {
        var chain = await completion.LineageAsync(enrollmentId, ct);
        return await db.TestAttempts.AsNoTracking()
            .Where(a => chain.Contains(a.EnrollmentId) && a.Kind == TestKind.Pre && a.SubmittedAt != null)
            .OrderBy(a => a.SubmittedAt).ToListAsync(ct);
    }
}
