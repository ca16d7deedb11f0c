using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Features.MakeUps;
using SmartPolicingLms.Web.Tests.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.MakeUps;

// The enrolment world's published cohort (module 2 a 3-hour lecture, module 3 a 3-hour workshop, on two days) with
// recruits enrolled and marks written through the attendance book, as the roll call writes them.
internal sealed class AttendanceWorld
{
    public required EnrolmentWorld World { get; init; }
    public required int Lecture { get; init; }
    public required int Workshop { get; init; }
    public required int LectureSession { get; init; }
    public required int WorkshopSession { get; init; }

    LmsFactory Factory => World.Factory;
    public int CohortId => World.CohortId;
    public string Page => $"/cohorts/{CohortId}";

    public static async Task<AttendanceWorld> CreateAsync(LmsFactory factory, int? institutionId = null, int capacity = 40)
    {
        var world = await EnrolmentWorld.CreateAsync(factory, capacity, institutionId, held: true);
        var sessions = await factory.WithDatabaseAsync(db => db.CohortSessions.AsNoTracking().Where(s => s.CohortId == world.CohortId)
            .Join(db.CourseModules, s => s.CourseModuleId, m => m.Id, (s, m) => new { s.Id, ModuleId = m.Id, m.Number }).ToListAsync());
        var (lecture, workshop) = (sessions.Single(s => s.Number == 2), sessions.Single(s => s.Number == 3));
        return new AttendanceWorld
        {
            World = world, Lecture = lecture.ModuleId, Workshop = workshop.ModuleId, LectureSession = lecture.Id, WorkshopSession = workshop.Id,
        };
    }

    public Task<(Person Person, int EnrollmentId)> EnrolAsync() => World.Built.EnrolNewAsync();

    public Task MarkAsync(int sessionId, params (int EnrollmentId, AttendanceMark Mark)[] marks) =>
        Factory.WithServicesAsync(async services =>
        {
            var written = await services.GetRequiredService<AttendanceBook>().RecordAsync(sessionId, null,
                marks.ToDictionary(m => m.EnrollmentId, m => m.Mark), AttendanceSource.RollCall, World.Lead.Id, null, CancellationToken.None);
            Assert.False(written.Conflicted || written.Refused is not null, written.Refused);
        });

    // The cohort's last day, in the afternoon, clear of its regular sessions.
    public async Task<DateOnly> LastDayAsync() =>
        await Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == CohortId).Select(c => c.EndDate).SingleAsync());

    // On the cohort's last day unless another is given (within the cohort's dates).
    public async Task<int> MakeUpAsync(int moduleId, int startHour = 13, int hours = 3, DateOnly? on = null)
    {
        var outcome = await ScheduleAsync(new ScheduleSession.Command
        {
            CohortId = CohortId, Version = await new Scheduling(Factory).VersionAsync(CohortId), ModuleId = moduleId,
            Date = on ?? await LastDayAsync(), StartTime = new TimeOnly(startHour, 0), EndTime = new TimeOnly(startHour + hours, 0),
            Location = "Room 4", InstructorIds = [World.Lead.Id],
        });
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
        return outcome.Value;
    }

    // A make-up session, scheduled as the make-up page does. The world's cohort has its days behind it, so its
    // make-ups start in the past, confirmed as the page asks.
    public Task<Outcome<int>> ScheduleAsync(ScheduleSession.Command command, Person? by = null)
    {
        command.IsMakeUp = true;
        command.ConfirmPast = true;
        return UseAsync<ScheduleSession.Handler, Outcome<int>>(h => h.HandleAsync(command, CancellationToken.None), by);
    }

    // A service used as the given person (the cohort's lead when none is given).
    public Task<T> UseAsync<TService, T>(Func<TService, Task<T>> use, Person? by = null) where TService : notnull =>
        Factory.AsAsync(by ?? World.Lead, services => use(services.GetRequiredService<TService>()));

    public Task<CompletionResult> CompletionAsync(int enrollmentId) =>
        UseAsync<RecruitCompletion, CompletionResult>(c => c.DecideAsync(enrollmentId, CancellationToken.None));

    // The cohort runs until the given day: room for a make-up still to come after its sessions, which were held.
    public Task RunsUntilAsync(DateOnly end) => Factory.WithDatabaseAsync(db =>
        db.Cohorts.Where(c => c.Id == CohortId).ExecuteUpdateAsync(u => u.SetProperty(c => c.EndDate, end)));

    public Task MoveCohortToAsync(CohortState state) => Factory.WithDatabaseAsync(async db =>
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == CohortId);
        db.PutInState(cohort, state);
        return await db.SaveChangesAsync();
    });
}
