using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Tests.Harness;

// A cohort of a shipped course written straight to the database, for tests whose subject is something else: an
// institution of its own (or a given one), its lead instructor, the state it is in, its capacity and its sessions,
// each placed from the installation's clock. The test worlds are named scenarios over this; set-up that is itself
// under test goes through the app's use cases (Scheduling) instead.
//
//     var cohort = await new CohortBuilder(factory).InState(CohortState.InProgress)
//         .Session(module: 2, starts: day.AddDays(-3), TimeSpan.FromHours(1)).BuildAsync();
internal sealed class CohortBuilder(LmsFactory factory)
{
    public const string TestCourse = "fixture-referral-basics";

    sealed record PlannedSession(int Module, DateTime Starts, TimeSpan Length, string Location, bool Slots);

    readonly List<PlannedSession> sessions = [];
    string course = TestCourse;
    int? institutionId;
    Person? lead;
    CohortState state = CohortState.Published;
    int capacity = 40;
    DateOnly? start;
    DateOnly? end;
    string? edition;

    public CohortBuilder Of(string courseId) => Set(() => course = courseId);

    // The edition (language) its recruits read; the version's own language when none is given.
    public CohortBuilder InEdition(string language) => Set(() => edition = language);

    public CohortBuilder AtInstitution(int? id) => Set(() => institutionId = id);

    public CohortBuilder LedBy(Person? instructor) => Set(() => lead = instructor);

    public CohortBuilder InState(CohortState value) => Set(() => state = value);

    public CohortBuilder WithCapacity(int places) => Set(() => capacity = places);

    // The cohort's dates when they are not those of its first and last session.
    public CohortBuilder Running(DateOnly from, DateOnly to) => Set(() => (start, end) = (from, to));

    // A session of the module with this number; with slots, the co-trainer slots the course asks of it.
    public CohortBuilder Session(int module, DateTime starts, TimeSpan length, string location = "Room 1", bool slots = true) =>
        Set(() => sessions.Add(new PlannedSession(module, starts, length, location, slots)));

    // One session of each contact module, a day apart from the first.
    public CohortBuilder DailyContactSessions(DateTime first, TimeSpan length, string location) =>
        Set(() => sessions.Add(new PlannedSession(0, first, length, location, true)));

    public async Task<BuiltCohort> BuildAsync()
    {
        var institution = institutionId ?? await factory.People.CreateInstitutionAsync();
        var leader = lead ?? await factory.People.CreateAsync(Roles.Instructor, institution);
        var calendarToken = Guid.NewGuid().ToString("N");
        var now = factory.Now;
        var (cohortId, versionId, sessionIds) = await factory.WithDatabaseAsync(async db =>
        {
            var version = await db.CourseVersions.Where(v => v.CourseId == course).OrderByDescending(v => v.Number).FirstAsync();
            var modules = await db.CourseModules.Where(m => m.CourseVersionId == version.Id).Include(m => m.Slots)
                .OrderBy(m => m.Number).ToListAsync();
            var planned = sessions.SelectMany(s => Expand(s, modules)).ToList();
            var cohort = Cohort.Create(institution, version.Id, edition ?? version.Language, $"Cohort {Guid.NewGuid():N}"[..20],
                start ?? DateOnly.FromDateTime(planned.Min(s => s.Starts)), end ?? DateOnly.FromDateTime(planned.Max(s => s.Starts)),
                capacity, leader.Id, calendarToken, now);
            cohort.Instructors.Add(new CohortInstructor { UserId = leader.Id, IsLead = true });
            foreach (var s in planned)
            {
                var module = modules.Single(m => m.Number == s.Module);
                cohort.Sessions.Add(CohortSession.Create(module.Id, s.Starts, s.Starts + s.Length, s.Location, s.Slots ? module.Slots : []));
            }
            db.Cohorts.Add(cohort);
            db.PutInState(cohort, state);
            await db.SaveChangesAsync();
            return (cohort.Id, version.Id, cohort.Sessions.OrderBy(s => s.StartsAt).Select(s => s.Id).ToList());
        });
        return new BuiltCohort(factory, institution, cohortId, versionId, leader, calendarToken, sessionIds);
    }

    // Module 0 stands for one session of each contact module, a day apart.
    static IEnumerable<PlannedSession> Expand(PlannedSession session, List<CourseModule> modules) => session.Module != 0
        ? [session]
        : modules.Where(m => m.Delivery.IsContact()).Select((m, day) => session with { Module = m.Number, Starts = session.Starts.AddDays(day) });

    CohortBuilder Set(Action change)
    {
        change();
        return this;
    }
}

// What CohortBuilder made, and the recruits a test adds to it.
internal sealed record BuiltCohort(LmsFactory Factory, int InstitutionId, int CohortId, int CourseVersionId, Person Lead,
    string CalendarToken, IReadOnlyList<int> Sessions)
{
    // A recruit with an account they can sign in with, enrolled at the given time (now when none is given).
    public async Task<(Person Person, int EnrollmentId)> EnrolNewAsync(DateTime? at = null)
    {
        var recruit = await Factory.People.CreateAsync(Roles.Recruit, InstitutionId);
        return (recruit, await EnrolAsync(recruit, at));
    }

    public Task<int> EnrolAsync(Person recruit, DateTime? at = null) => Factory.WithDatabaseAsync(async db =>
    {
        var enrollment = Enrollment.Create(CohortId, recruit.Id, at ?? Factory.Now);
        db.Enrollments.Add(enrollment);
        await db.SaveChangesAsync();
        return enrollment.Id;
    });

    // Recruits who never sign in, enrolled as the roster import would leave them (an email where there is no service
    // number); their enrolment ids in the order given.
    public Task<List<int>> EnrolAccountsAsync(params (string Name, string? ServiceNumber)[] recruits) => Factory.WithDatabaseAsync(async db =>
    {
        var enrollments = new List<Enrollment>();
        foreach (var (name, serviceNumber) in recruits)
        {
            var id = Guid.NewGuid().ToString();
            var email = serviceNumber is null ? $"{id[..12]}@example.org" : null;
            db.Users.Add(new ApplicationUser
            {
                Id = id, UserName = email ?? id, NormalizedUserName = (email ?? id).ToUpperInvariant(), Email = email,
                NormalizedEmail = email?.ToUpperInvariant(), SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = name,
                ServiceNumber = serviceNumber, InstitutionId = InstitutionId, CreatedAt = Factory.Now,
            });
            var enrollment = Enrollment.Create(CohortId, id, Factory.Now);
            db.Enrollments.Add(enrollment);
            enrollments.Add(enrollment);
        }
        await db.SaveChangesAsync();
        return enrollments.Select(e => e.Id).ToList();
    });
}
