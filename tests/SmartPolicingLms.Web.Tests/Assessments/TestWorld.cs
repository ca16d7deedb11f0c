using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

// A cohort of the shipped example course (7 scored questions, 2 attitude items) at an institution of its own, its
// lead instructor, and recruits enrolled straight into it; its sessions are placed around now as each test needs.
internal sealed class TestWorld
{
    public const string Course = "example-referral-basics";

    public required LmsFactory Factory { get; init; }
    public required int InstitutionId { get; init; }
    public required int CohortId { get; init; }
    public required int CourseVersionId { get; init; }
    public required Person Lead { get; init; }

    // Before: the first session is a week away, so the pre-test is open. After: the sessions are over, so the
    // post-test is open and the pre-test closed.
    public static Task<TestWorld> BeforeTheCourseAsync(LmsFactory factory) =>
        CreateAsync(factory, factory.Now.AddDays(7), factory.Now.AddDays(8));

    public static Task<TestWorld> AfterTheCourseAsync(LmsFactory factory) =>
        CreateAsync(factory, factory.Now.AddDays(-9), factory.Now.AddDays(-8));

    public static async Task<TestWorld> CreateAsync(LmsFactory factory, DateTime firstStart, DateTime lastStart, TimeSpan? lastLength = null)
    {
        var institution = await factory.People.CreateInstitutionAsync();
        var lead = await factory.People.CreateAsync(Roles.Instructor, institution);
        var (cohortId, versionId) = await factory.WithDatabaseAsync(async db =>
        {
            var version = await db.CourseVersions.Where(v => v.CourseId == Course).OrderByDescending(v => v.Number).FirstAsync();
            var modules = await db.CourseModules.Where(m => m.CourseVersionId == version.Id && m.Delivery != Delivery.SelfStudy)
                .OrderBy(m => m.Number).Select(m => m.Id).ToListAsync();
            var cohort = Cohort.Create(institution, version.Id, $"Cohort {Guid.NewGuid():N}"[..20], DateOnly.FromDateTime(firstStart),
                DateOnly.FromDateTime(lastStart), 600, lead.Id, Guid.NewGuid().ToString("N"), factory.Now);
            cohort.MoveTo(CohortState.Published, factory.Now);
            cohort.Instructors.Add(new CohortInstructor { UserId = lead.Id, IsLead = true });
            cohort.Sessions.Add(CohortSession.Create(modules[0], firstStart, firstStart.AddHours(1), "Room 1", []));
            cohort.Sessions.Add(CohortSession.Create(modules[^1], lastStart, lastStart + (lastLength ?? TimeSpan.FromHours(1)), "Room 1", []));
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            return (cohort.Id, version.Id);
        });
        return new TestWorld { Factory = factory, InstitutionId = institution, CohortId = cohortId, CourseVersionId = versionId, Lead = lead };
    }

    public async Task<(Person Person, int EnrollmentId)> EnrolAsync(DateTime? enrolledAt = null)
    {
        var recruit = await Factory.People.CreateAsync(Roles.Recruit, InstitutionId);
        return (recruit, await EnrolAsync(recruit, enrolledAt));
    }

    public Task<int> EnrolAsync(Person recruit, DateTime? enrolledAt = null) => Factory.WithDatabaseAsync(async db =>
    {
        var enrollment = Enrollment.Create(CohortId, recruit.Id, enrolledAt ?? Factory.Now.AddDays(-30));
        db.Enrollments.Add(enrollment);
        await db.SaveChangesAsync();
        return enrollment.Id;
    });

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
