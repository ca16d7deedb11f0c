using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Attendance;

internal sealed record RollCallRecruit(int EnrollmentId, string Name, string ServiceNumber);

// The enrolment world's published cohort with recruits enrolled, and its workshop session (the one with a co-trainer
// slot) as the roll call under test: its lead signed in, and a second instructor who teaches that session.
internal sealed class RollCallWorld
{
    public required EnrolmentWorld Cohort { get; init; }
    public required int SessionId { get; init; }
    public required int SlotId { get; init; }
    public required string? Organisation { get; init; }
    public required IReadOnlyList<RollCallRecruit> Recruits { get; init; }
    public required Person SessionInstructor { get; init; }
    public required Visitor Second { get; init; }

    public LmsFactory Factory => Cohort.Factory;
    public int CohortId => Cohort.CohortId;
    public Visitor Lead => Cohort.Instructor;
    public string Page => "/" + AttendanceLinks.RollCall(CohortId, SessionId);

    public static async Task<RollCallWorld> CreateAsync(LmsFactory factory, int recruits = 4, bool fillSlot = true, string? coTrainerName = null)
    {
        var cohort = await EnrolmentWorld.CreateAsync(factory, capacity: Math.Max(40, recruits), held: true);
        var scheduling = new Scheduling(factory);
        var sessions = await scheduling.SessionsAsync(cohort.CohortId);
        var session = sessions.First(s => s.Slots.Count > 0);
        var slot = session.Slots.OrderBy(s => s.Position).First();
        string? organisation = null;
        if (fillSlot)
        {
            var administrator = await factory.People.CreateAsync(Roles.Administrator);
            organisation = Scheduling.Unique("Partner");
            var organisationId = await scheduling.OrganisationAsync(administrator, organisation);
            int? coTrainer = coTrainerName is null ? null : await scheduling.CoTrainerAsync(administrator, organisationId, coTrainerName, consent: true);
            await scheduling.FillAsync(cohort.Lead, cohort.CohortId, slot.Id, organisationId, coTrainer);
        }

        var teacher = await factory.People.CreateAsync(Roles.Instructor, cohort.InstitutionId);
        await factory.WithDatabaseAsync(db =>
        {
            db.SessionInstructors.Add(new SessionInstructor { SessionId = session.Id, UserId = teacher.Id });
            return db.SaveChangesAsync();
        });
        // Recruits here never sign in: an account row is all the roll call needs.
        var accounts = Enumerable.Range(0, recruits).Select(i => (Number: i, Hex: Guid.NewGuid().ToString("N")))
            .Select(r => (Name: $"Recruit {r.Number:00} {r.Hex[..6]}", ServiceNumber: (string?)$"GPS {r.Hex[6..14].ToUpperInvariant()}")).ToArray();
        var ids = await cohort.Built.EnrolAccountsAsync(accounts);
        var enrolled = ids.Zip(accounts, (id, a) => new RollCallRecruit(id, a.Name, a.ServiceNumber!)).ToList();
        var second = new Visitor(factory);
        await second.SignInAsync(teacher);
        return new RollCallWorld
        {
            Cohort = cohort, SessionId = session.Id, SlotId = slot.Id, Organisation = organisation,
            Recruits = enrolled, SessionInstructor = teacher, Second = second,
        };
    }

    public static string MarkField(int enrollmentId) => $"Input.Marks[{enrollmentId}]";
    public static string DeliveryField(int slotId) => $"Input.Delivery[{slotId}]";

    public (string, string) Mark(int recruit, AttendanceMark mark) => (MarkField(Recruits[recruit].EnrollmentId), mark.ToString());

    // The value checked on the page for a recruit, or null when none is.
    public static string? CheckedMark(HtmlPage page, int enrollmentId) =>
        page.Document.QuerySelectorAll($"input[type=radio][checked]").FirstOrDefault(r => r.GetAttribute("name") == MarkField(enrollmentId))
            ?.GetAttribute("value");

    public static string? CheckedDelivery(HtmlPage page, int slotId) =>
        page.Document.QuerySelectorAll($"input[type=radio][checked]").FirstOrDefault(r => r.GetAttribute("name") == DeliveryField(slotId))
            ?.GetAttribute("value");

    public static AngleSharp.Dom.IElement Row(HtmlPage page, int enrollmentId) =>
        page.Document.QuerySelector($"[data-testid=roll-call-row][data-enrollment-id='{enrollmentId}']")
        ?? throw new InvalidOperationException($"No roll-call row for enrolment {enrollmentId} on {page.Url}.");

    public Task<Dictionary<int, AttendanceMark>> StoredAsync() => Factory.WithDatabaseAsync(db =>
        db.AttendanceRecords.AsNoTracking().Where(r => r.SessionId == SessionId).ToDictionaryAsync(r => r.EnrollmentId, r => r.Mark));

    public Task<List<AttendanceChange>> ChangesAsync() => Factory.WithDatabaseAsync(db =>
        db.AttendanceChanges.AsNoTracking().Where(c => c.SessionId == SessionId).OrderBy(c => c.Id).ToListAsync());

    public Task SetStateAsync(CohortState state) => Factory.WithDatabaseAsync(async db =>
    {
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == CohortId);
        db.PutInState(cohort, state);
        return await db.SaveChangesAsync();
    });

    // The handler as a page uses it, in a scope of its own (a request of its own).
    public async Task<SmartPolicingLms.Web.Forms.Outcome<TakeRollCall.Saved>> TakeAsync(Person by, TakeRollCall.Command command)
    {
        return await Factory.AsAsync(by, services => services.GetRequiredService<TakeRollCall.Handler>()
            .HandleAsync(CohortId, SessionId, command, CancellationToken.None));
    }

    public Task<string> NameOfAsync(Person person) =>
        Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == person.Id).Select(u => u.DisplayName).SingleAsync());
}
