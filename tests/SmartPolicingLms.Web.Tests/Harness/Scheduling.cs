using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Features.Partners;

namespace SmartPolicingLms.Web.Tests.Harness;

// Partner organisations, co-trainers and cohorts made through the app's own use cases, as the person given would
// make them, for tests whose subject is something else. Each step insists it succeeded.
internal sealed class Scheduling(LmsFactory factory)
{
    public const string GhanaCourse = ExpectedCourses.GhanaCourse;
    public const string KyrgyzCourse = "kyrgyz-harm-reduction-46h";
    public static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    // A Monday a few weeks ahead, later for each weeks value, so tests that must not clash can keep apart.
    public static DateOnly MondayAhead(int weeks = 5)
    {
        var date = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7 * weeks);
        while (date.DayOfWeek != DayOfWeek.Monday)
            date = date.AddDays(1);
        return date;
    }

    // Moves a session to start this long after the app's now (three hours long), and returns its new start: for
    // tests of what may happen only around a session's start, such as its roll call opening.
    public async Task<DateTime> StartsInAsync(int sessionId, TimeSpan fromNow)
    {
        var starts = factory.Now + fromNow;
        await factory.WithDatabaseAsync(db => db.CohortSessions.Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.StartsAt, starts).SetProperty(s => s.EndsAt, starts.AddHours(3))));
        return starts;
    }

    // Puts an institution in another time zone, for tests of times shown in the institution's own time.
    public Task InZoneAsync(int institutionId, string timeZoneId) =>
        factory.WithDatabaseAsync(db => db.Institutions.Where(i => i.Id == institutionId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.TimeZoneId, timeZoneId)));

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public Task<int> OrganisationAsync(Person by, string? name = null, PartnerCommunity community = PartnerCommunity.Both,
        string? contact = null, bool communityLed = true, string country = "GH") =>
        Use<CreateOrganisation.Handler, int>(by, (h, ct) => h.HandleAsync(new CreateOrganisation.Command
        {
            Name = name ?? Unique("Partner"), CountryCode = country, Community = community, IsCommunityLed = communityLed, Contact = contact,
        }, ct));

    public Task<int> CoTrainerAsync(Person by, int organisationId, string chosenName, bool consent, string? contact = null) =>
        Use<CreateCoTrainer.Handler, int>(by, (h, ct) => h.HandleAsync(new CreateCoTrainer.Command
        {
            OrganisationId = organisationId, ChosenName = chosenName, ConsentToBeNamed = consent, ContactDetails = contact,
        }, ct));

    public async Task SetConsentAsync(Person by, int organisationId, int coTrainerId, bool consent)
    {
        var current = await Use<EditCoTrainer.Query, EditCoTrainer.Command?>(by,
            async (q, ct) => Outcome<EditCoTrainer.Command?>.Ok(await q.HandleAsync(organisationId, coTrainerId, ct)));
        current!.ConsentToBeNamed = consent;
        await Use<EditCoTrainer.Handler, int>(by, (h, ct) => h.HandleAsync(current, ct));
    }

    public Task<int> CohortAsync(Person instructor, string courseId, DateOnly start, int weeks = 4, string? name = null,
        IEnumerable<Person>? leads = null) =>
        Use<CreateCohort.Handler, int>(instructor, (h, ct) => h.HandleAsync(new CreateCohort.Command
        {
            Name = name ?? Unique("Cohort"), CourseId = courseId, StartDate = start, EndDate = start.AddDays(7 * weeks - 1),
            Capacity = 30, LeadInstructorIds = [.. (leads ?? [instructor]).Select(p => p.Id)],
        }, ct));

    // The schedule helper with the academy's usual day: 6 course hours from 09:00, a break after every 3.
    public async Task<DraftSchedule.Drafted> DraftAsync(Person instructor, int cohortId, DateOnly start, string location,
        decimal dailyHours = 6, IEnumerable<Person>? teachers = null) =>
        (await Use<DraftSchedule.Handler, DraftSchedule.Drafted>(instructor, async (h, ct) => await h.HandleAsync(new DraftSchedule.Command
        {
            CohortId = cohortId, Version = await VersionAsync(cohortId), StartDate = start, Days = Weekdays,
            DailyStart = new TimeOnly(9, 0), DailyHours = dailyHours, BreakAfterHours = 3, BreakMinutes = 30,
            Location = location, InstructorIds = [.. (teachers ?? [instructor]).Select(p => p.Id)],
        }, ct)))!;

    public async Task<int> DraftedCohortAsync(Person instructor, string courseId, DateOnly start, string? name = null, string? location = null)
    {
        var cohort = await CohortAsync(instructor, courseId, start, name: name);
        await DraftAsync(instructor, cohort, start, location ?? Unique("Room"));
        return cohort;
    }

    public async Task FillAsync(Person instructor, int cohortId, int slotId, int organisationId, int? coTrainerId = null) =>
        await Use<FillSlot.Handler, int>(instructor, async (h, ct) => await h.HandleAsync(new FillSlot.Command
        {
            CohortId = cohortId, Version = await VersionAsync(cohortId), SlotId = slotId, OrganisationId = organisationId,
            CoTrainerId = coTrainerId,
        }, ct));

    public async Task WaiveAsync(Person instructor, int cohortId, int slotId, string reason) =>
        await Use<WaiveSlot.Handler, int>(instructor, async (h, ct) => await h.HandleAsync(new WaiveSlot.Command
        {
            CohortId = cohortId, Version = await VersionAsync(cohortId), SlotId = slotId, Reason = reason,
        }, ct));

    public async Task FillOpenSlotsAsync(Person instructor, int cohortId, int organisationId)
    {
        foreach (var slot in await SlotsAsync(cohortId))
            if (slot.Coverage == SlotCoverage.Open)
                await FillAsync(instructor, cohortId, slot.Id, organisationId);
    }

    // The instructor ticks "I have seen the legal claims" as one would who read them; it is asked only of a course with
    // claims awaiting local legal review.
    public async Task PublishAsync(Person instructor, int cohortId) =>
        await Use<ChangeCohortState.Handler, CohortState>(instructor, async (h, ct) => await h.HandleAsync(new ChangeCohortState.Command
        {
            CohortId = cohortId, Version = await VersionAsync(cohortId), Target = CohortState.Published, ConfirmLegalReview = true,
        }, ct));

    public Task<int> VersionAsync(int cohortId) =>
        factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Version).SingleAsync());

    // Every slot of the cohort, in the order its sessions were saved (the helper saves them in time order).
    public Task<List<SessionSlot>> SlotsAsync(int cohortId) => factory.WithDatabaseAsync(db =>
        db.SessionSlots.AsNoTracking()
            .Where(p => db.CohortSessions.Any(s => s.Id == p.SessionId && s.CohortId == cohortId))
            .OrderBy(p => p.SessionId).ThenBy(p => p.Position)
            .ToListAsync());

    public Task<List<CohortSession>> SessionsAsync(int cohortId) => factory.WithDatabaseAsync(db =>
        db.CohortSessions.AsNoTracking().Include(s => s.Slots).Include(s => s.Instructors).AsSplitQuery()
            .Where(s => s.CohortId == cohortId).OrderBy(s => s.Id).ToListAsync());

    public Task<string> CalendarTokenAsync(int cohortId) =>
        factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.CalendarToken).SingleAsync());

    async Task<T> Use<THandler, T>(Person person, Func<THandler, CancellationToken, Task<Outcome<T>>> act) where THandler : notnull
    {
        Outcome<T>? outcome = null;
        await factory.AsAsync(person, async services => outcome = await act(services.GetRequiredService<THandler>(), CancellationToken.None));
        if (!outcome!.Succeeded)
            throw new InvalidOperationException($"{typeof(THandler).DeclaringType?.Name ?? typeof(THandler).Name} as {person.Role} failed: "
                + string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
        return outcome.Value!;
    }
}
