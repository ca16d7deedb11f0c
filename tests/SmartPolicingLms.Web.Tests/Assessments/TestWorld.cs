using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

// A cohort of the test course (7 scored questions, 2 attitude items) at an institution of its own, its
// lead instructor, and recruits enrolled straight into it; its sessions are placed around now as each test needs.
internal sealed class TestWorld
{
    public const string Course = CohortBuilder.TestCourse;

    public required LmsFactory Factory { get; init; }
    public required int InstitutionId { get; init; }
    public required int CohortId { get; init; }
    public required int CourseVersionId { get; init; }
    public required Person Lead { get; init; }
    public required BuiltCohort Built { get; init; }

    // Before: the first session is a week away, so the pre-test is open. After: the sessions are over, so the
    // post-test is open and the pre-test closed.
    public static Task<TestWorld> BeforeTheCourseAsync(LmsFactory factory) =>
        CreateAsync(factory, factory.Now.AddDays(7), factory.Now.AddDays(8));

    public static Task<TestWorld> AfterTheCourseAsync(LmsFactory factory) =>
        CreateAsync(factory, factory.Now.AddDays(-9), factory.Now.AddDays(-8));

    public static async Task<TestWorld> CreateAsync(LmsFactory factory, DateTime firstStart, DateTime lastStart, TimeSpan? lastLength = null)
    {
        var cohort = await new CohortBuilder(factory).WithCapacity(600)
            .Session(module: 2, firstStart, TimeSpan.FromHours(1), slots: false)
            .Session(module: 3, lastStart, lastLength ?? TimeSpan.FromHours(1), slots: false)
            .BuildAsync();
        return new TestWorld
        {
            Factory = factory, InstitutionId = cohort.InstitutionId, CohortId = cohort.CohortId, CourseVersionId = cohort.CourseVersionId,
            Lead = cohort.Lead, Built = cohort,
        };
    }

    public Task<(Person Person, int EnrollmentId)> EnrolAsync(DateTime? enrolledAt = null) =>
        Built.EnrolNewAsync(enrolledAt ?? Factory.Now.AddDays(-30));

    public Task<int> EnrolAsync(Person recruit, DateTime? enrolledAt = null) => Built.EnrolAsync(recruit, enrolledAt ?? Factory.Now.AddDays(-30));

    public async Task<Visitor> SignedInAsync(Person person)
    {
        var visitor = new Visitor(Factory);
        await visitor.SignInAsync(person);
        return visitor;
    }

    // The questions as the course writes them: kind and option weights in written order.
    public Task<IReadOnlyList<(int Id, string Key, QuestionKind Kind, IReadOnlyList<decimal> Weights)>> QuestionsAsync() =>
        Factory.WithDatabaseAsync(async db =>
        {
            var questions = await db.CourseQuestions.AsNoTracking().Where(q => q.CourseVersionId == CourseVersionId)
                .Include(q => q.Options).OrderBy(q => q.Position).ToListAsync();
            return (IReadOnlyList<(int, string, QuestionKind, IReadOnlyList<decimal>)>)[.. questions.Select(q =>
                (q.Id, q.Key, q.Kind, (IReadOnlyList<decimal>)[.. q.Options.OrderBy(o => o.Position).Select(o => o.Weight)]))];
        });

    public Task<List<TestAttempt>> AttemptsAsync(int enrollmentId) => Factory.WithDatabaseAsync(db =>
        db.TestAttempts.AsNoTracking().Where(a => a.EnrollmentId == enrollmentId).OrderBy(a => a.Kind).ThenBy(a => a.Number).ToListAsync());

    public Task<List<TestAnswer>> AnswersAsync(int enrollmentId) => Factory.WithDatabaseAsync(db =>
        db.TestAnswers.AsNoTracking()
            .Where(a => db.TestAttempts.Any(t => t.Id == a.TestAttemptId && t.EnrollmentId == enrollmentId))
            .OrderBy(a => a.Id).ToListAsync());

    public Task<List<AuditEntry>> AuditAsync() => Factory.WithDatabaseAsync(db =>
        db.AuditEntries.AsNoTracking().Where(e => e.CohortId == CohortId).OrderBy(e => e.Id).ToListAsync());
}
