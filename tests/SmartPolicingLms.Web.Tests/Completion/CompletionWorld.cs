using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Completion;

// A cohort under way of the test course, at an institution of its own: module 2 (a one-hour lecture) in
// one 60-minute session three days ago, module 3 (a 1.5-hour workshop with one co-trainer slot) in two 45-minute
// sessions two days and one day ago. 80% of the 2.5 contact hours is required: 2 hours. Attendance is written
// through AttendanceBook, as the roll call writes it.
internal sealed class CompletionWorld
{
    public const string Course = CohortBuilder.TestCourse;
    public const string LectureTitle = "The services near your station";
    public const string WorkshopTitle = "Making a referral";

    public required LmsFactory Factory { get; init; }
    public required int InstitutionId { get; init; }
    public required int CohortId { get; init; }
    public required Person Lead { get; init; }
    public required int Lecture { get; init; }
    public required int FirstWorkshop { get; init; }
    public required int SecondWorkshop { get; init; }

    public static async Task<CompletionWorld> CreateAsync(LmsFactory factory, int? institutionId = null, Person? lead = null)
    {
        var day = factory.Now.Date.AddHours(9);
        var cohort = await new CohortBuilder(factory).AtInstitution(institutionId).LedBy(lead).InState(CohortState.InProgress)
            .Session(module: 2, day.AddDays(-3), TimeSpan.FromMinutes(60))
            .Session(module: 3, day.AddDays(-2), TimeSpan.FromMinutes(45))
            .Session(module: 3, day.AddDays(-1), TimeSpan.FromMinutes(45))
            .BuildAsync();
        return new CompletionWorld
        {
            Factory = factory, InstitutionId = cohort.InstitutionId, CohortId = cohort.CohortId, Lead = cohort.Lead,
            Lecture = cohort.Sessions[0], FirstWorkshop = cohort.Sessions[1], SecondWorkshop = cohort.Sessions[2],
        };
    }

    // A new recruit, or (with transferredFrom) the given recruit moved here from their enrolment in another cohort.
    public async Task<(Person Person, int EnrollmentId)> EnrolAsync(Person? recruit = null, int? transferredFrom = null)
    {
        recruit ??= await Factory.People.CreateAsync(Roles.Recruit, InstitutionId);
        var recruitId = recruit.Id;
        var id = await Factory.WithDatabaseAsync(async db =>
        {
            var enrollment = transferredFrom is { } earlier
                ? Enrollment.TransferredFrom(await db.Enrollments.SingleAsync(e => e.Id == earlier), CohortId, Factory.Now.AddDays(-1))
                : Enrollment.Create(CohortId, recruitId, Factory.Now.AddDays(-10));
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
            return enrollment.Id;
        });
        return (recruit, id);
    }

    public Task MarkAsync(int sessionId, params (int EnrollmentId, AttendanceMark Mark)[] marks) =>
        Factory.WithServicesAsync(async services =>
        {
            var write = await services.GetRequiredService<AttendanceBook>().RecordAsync(sessionId, null,
                marks.ToDictionary(m => m.EnrollmentId, m => m.Mark), AttendanceSource.RollCall, Lead.Id, null, CancellationToken.None);
            if (write.Conflicted || write.Refused is not null)
                throw new InvalidOperationException($"The roll call of session {sessionId} conflicted or was refused: {write.Refused}.");
        });

    // Pre-test and post-test submitted with the given scores (null: not taken), and the self-study module read.
    public Task ResultsAsync(int enrollmentId, decimal? pre, decimal? post, bool read = true) => Factory.WithDatabaseAsync(async db =>
    {
        var now = Factory.Now;
        foreach (var (kind, score) in new[] { (TestKind.Pre, pre), (TestKind.Post, post) })
        {
            if (score is not { } s)
                continue;
            var attempt = TestAttempt.Start(enrollmentId, kind, 1, AttemptSource.Online, null, now.AddHours(-1));
            attempt.Submit(s, now.AddMinutes(-30));
            db.TestAttempts.Add(attempt);
        }
        if (read)
        {
            var selfStudy = await db.CourseModules.Where(m => m.Delivery == Delivery.SelfStudy
                && db.Cohorts.Any(c => c.Id == CohortId && c.CourseVersionId == m.CourseVersionId)).Select(m => m.Id).ToListAsync();
            foreach (var module in selfStudy)
                db.ModuleCompletions.Add(new ModuleCompletion { EnrollmentId = enrollmentId, CourseModuleId = module, CompletedAt = now });
        }
        return await db.SaveChangesAsync();
    });

    public Task StartAttemptAsync(int enrollmentId, TestKind kind, int number = 1) => Factory.WithDatabaseAsync(db =>
    {
        db.TestAttempts.Add(TestAttempt.Start(enrollmentId, kind, number, AttemptSource.Online, null, Factory.Now.AddMinutes(-5)));
        return db.SaveChangesAsync();
    });

    public async Task<Visitor> SignedInAsync(Person person)
    {
        var visitor = new Visitor(Factory);
        await visitor.SignInAsync(person);
        return visitor;
    }

    public Task<CohortState> StateAsync() =>
        Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == CohortId).Select(c => c.State).SingleAsync());

    public Task<List<CompletionRecord>> RecordsAsync() => Factory.WithDatabaseAsync(db =>
        db.CompletionRecords.AsNoTracking().Where(r => db.Enrollments.Any(e => e.Id == r.EnrollmentId && e.CohortId == CohortId))
            .OrderBy(r => r.EnrollmentId).ToListAsync());

    public Task<List<AuditEntry>> AuditAsync() => Factory.WithDatabaseAsync(db =>
        db.AuditEntries.AsNoTracking().Where(e => e.CohortId == CohortId).OrderBy(e => e.Id).ToListAsync());

    public string Progress => $"/learn/cohorts/{CohortId}/progress";
    public string Close => $"/cohorts/{CohortId}/close";
    public string Board => $"/cohorts/{CohortId}/board";
}
