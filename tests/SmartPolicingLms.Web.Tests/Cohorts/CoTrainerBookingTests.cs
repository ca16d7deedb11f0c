using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

// A named co-trainer is one person in one place: a second booking at the same time is refused, and the refusal must not
// tell the second institution where the co-trainer will be.
public abstract class CoTrainerBookingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_named_cotrainer_cannot_be_booked_into_an_overlapping_session_and_the_refusal_does_not_say_where_they_are()
    {
        var (scene, coTrainer, elsewhere) = await BookedElsewhereAsync();
        var booked = (await Scheduling.SessionsAsync(scene.Cohort)).Single(s => s.Slots.Any(p => p.CoTrainerId == coTrainer));
        var slot = await AddSessionAsync(elsewhere, booked.StartsAt.AddHours(1));

        var page = await FillAsync(elsewhere, slot, scene.Organisation, coTrainer);

        Assert.Equal([CoTrainerBookings.BookedMessage], page.MessagesBeside("Fill.CoTrainerId"));
        var hidden = await Factory.WithDatabaseAsync(async db => new[]
        {
            await db.Cohorts.Where(c => c.Id == scene.Cohort).Select(c => c.Name).SingleAsync(),
            await db.Institutions.Where(i => i.Id == scene.Institution).Select(i => i.Name).SingleAsync(),
            scene.Room,
        });
        Assert.All(hidden, secret => Assert.DoesNotContain(secret, page.Document.DocumentElement.OuterHtml));
        Assert.Equal(SlotCoverage.Open, await CoverageAsync(slot));
    }

    [SkippableFact]
    public async Task The_same_cotrainer_can_be_named_in_a_session_that_does_not_overlap()
    {
        var (scene, coTrainer, elsewhere) = await BookedElsewhereAsync();
        var booked = (await Scheduling.SessionsAsync(scene.Cohort)).Single(s => s.Slots.Any(p => p.CoTrainerId == coTrainer));
        var slot = await AddSessionAsync(elsewhere, booked.StartsAt.AddDays(7));

        var page = await FillAsync(elsewhere, slot, scene.Organisation, coTrainer);

        Assert.Equal($"/cohorts/{elsewhere.Cohort}", page.Path);
        Assert.Equal(SlotCoverage.Named, await CoverageAsync(slot));
    }

    [SkippableFact]
    public async Task Moving_a_session_onto_a_time_its_named_cotrainer_is_booked_elsewhere_is_refused_without_saying_where()
    {
        var (scene, coTrainer, elsewhere) = await BookedElsewhereAsync();
        var booked = (await Scheduling.SessionsAsync(scene.Cohort)).Single(s => s.Slots.Any(p => p.CoTrainerId == coTrainer));
        var slot = await AddSessionAsync(elsewhere, booked.StartsAt.AddDays(7));
        await FillAsync(elsewhere, slot, scene.Organisation, coTrainer);
        var session = (await Scheduling.SessionsAsync(elsewhere.Cohort)).Single();
        var local = LocalTime.ToLocal(booked.StartsAt.AddHours(1), LocalTime.Zone(elsewhere.TimeZone));

        var page = await elsewhere.Visitor.SubmitAndFollowAsync(await elsewhere.Visitor.OpenAsync($"/cohorts/{elsewhere.Cohort}/sessions/{session.Id}"),
            "session", ("Input.Date", local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Input.StartTime", local.ToString("HH:mm", CultureInfo.InvariantCulture)),
            ("Input.EndTime", local.AddHours(2).ToString("HH:mm", CultureInfo.InvariantCulture)));

        Assert.Equal([CoTrainerBookings.BookedAtNewTimeMessage], page.MessagesBeside("Input.Date"));
        Assert.DoesNotContain(scene.Room, page.Document.DocumentElement.OuterHtml);
        Assert.Equal(session.StartsAt, (await Scheduling.SessionsAsync(elsewhere.Cohort)).Single().StartsAt);
    }

    [SkippableFact]
    public async Task A_cotrainer_who_has_not_agreed_to_be_named_cannot_be_named_even_by_a_hand_made_request()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var name = Scheduling.Unique("Akosua");
        var coTrainer = await Scheduling.CoTrainerAsync(scene.Administrator, scene.Organisation, name, consent: false);
        var slot = (await Scheduling.SlotsAsync(scene.Cohort)).First();
        var form = await scene.Instructor.OpenAsync($"{scene.Page}/slots/{slot.Id}");

        var page = await scene.Instructor.SubmitAndFollowAsync(form, "fill-slot",
            ("Fill.OrganisationId", scene.Organisation.ToString()), ("Fill.CoTrainerId", coTrainer.ToString()));

        Assert.DoesNotContain(name, form.Document.DocumentElement.OuterHtml);
        Assert.Equal([FillSlot.UnknownCoTrainer], page.MessagesBeside("Fill.CoTrainerId"));
        Assert.DoesNotContain(name, page.Document.DocumentElement.OuterHtml);
        Assert.Equal(SlotCoverage.Open, await CoverageAsync(slot.Id));
    }

    [SkippableFact]
    public async Task Two_cohorts_naming_one_cotrainer_for_the_same_hour_at_the_same_moment_book_them_once()
    {
        const int Rounds = 10;
        var institution = await People.CreateInstitutionAsync();
        var administrator = await People.CreateAsync(Roles.Administrator);
        var organisation = await Scheduling.OrganisationAsync(administrator);
        var coTrainer = await Scheduling.CoTrainerAsync(administrator, organisation, Scheduling.Unique("Esi"), consent: true);
        var leads = new[] { await People.CreateAsync(Roles.Instructor, institution), await People.CreateAsync(Roles.Instructor, institution) };
        var start = Scheduling.MondayAhead(12);
        var cohorts = new[]
        {
            await Scheduling.CohortAsync(leads[0], Scheduling.GhanaCourse, start), await Scheduling.CohortAsync(leads[1], Scheduling.GhanaCourse, start),
        };
        var module = await Factory.WithDatabaseAsync(db => db.CourseModules
            .Where(m => db.Cohorts.Any(c => c.Id == cohorts[0] && c.CourseVersionId == m.CourseVersionId) && m.Slots.Any())
            .OrderBy(m => m.Number).Select(m => m.Id).FirstAsync());
        var wins = new List<int>();

        for (var round = 0; round < Rounds; round++)
        {
            var slots = new List<int>();
            for (var i = 0; i < 2; i++)
                slots.Add(await SessionSlotAsync(leads[i], cohorts[i], module, start.AddDays(round)));
            var commands = await Task.WhenAll(cohorts.Select(async (cohort, i) => new FillSlot.Command
            {
                CohortId = cohort, Version = await Scheduling.VersionAsync(cohort), SlotId = slots[i], OrganisationId = organisation, CoTrainerId = coTrainer,
            }));
            using var barrier = new Barrier(2);
            var outcomes = await Task.WhenAll(commands.Select((command, i) => Task.Run(() => Factory.AsAsync(leads[i], services =>
            {
                barrier.SignalAndWait();
                return services.GetRequiredService<FillSlot.Handler>().HandleAsync(command, CancellationToken.None);
            }))));

            wins.Add(outcomes.Count(o => o.Succeeded));
            Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal([CoTrainerBookings.BookedMessage], o.Errors.Select(e => e.ErrorMessage)));
        }
        Assert.Equal(new string('1', Rounds), string.Concat(wins));
        var named = await Factory.WithDatabaseAsync(db => db.SessionSlots.AsNoTracking().Where(p => p.CoTrainerId == coTrainer)
            .Join(db.CohortSessions, p => p.SessionId, s => s.Id, (p, s) => s.StartsAt).ToListAsync());
        Assert.Equal(Rounds, named.Count);
        Assert.Equal(Rounds, named.Distinct().Count());
    }

    internal sealed record Elsewhere(Visitor Visitor, Person Instructor, int Cohort, string TimeZone);

    // A consenting co-trainer named in the first slot of a cohort at a Moscow institution, and an instructor at another
    // institution of the same country (where the co-trainer's organisation works too) with a cohort of their own, in
    // another time zone.
    async Task<(DraftScene Scene, int CoTrainer, Elsewhere Elsewhere)> BookedElsewhereAsync()
    {
        var scene = await DraftScene.CreateAsync(Factory, country: "RU", timeZone: "Europe/Moscow");
        var coTrainer = await Scheduling.CoTrainerAsync(scene.Administrator, scene.Organisation, Scheduling.Unique("Esi"), consent: true);
        await Scheduling.FillAsync(scene.Lead, scene.Cohort, (await Scheduling.SlotsAsync(scene.Cohort)).First().Id, scene.Organisation, coTrainer);
        var yekaterinburg = await People.CreateInstitutionAsync(country: "RU", timeZone: "Asia/Yekaterinburg");
        var (visitor, instructor) = await SignedInAsync(Roles.Instructor, yekaterinburg);
        var cohort = await Scheduling.CohortAsync(instructor, Scheduling.GhanaCourse, scene.Start);
        return (scene, coTrainer, new Elsewhere(visitor, instructor, cohort, "Asia/Yekaterinburg"));
    }

    // A two-hour session of the course's first module with co-trainer slots, entered in the institution's local time; its slot.
    async Task<int> AddSessionAsync(Elsewhere elsewhere, DateTime startsAtUtc)
    {
        var module = ExpectedCourses.ShippedCourse(Scheduling.GhanaCourse).Modules.First(m => m.Slots.Count > 0);
        var moduleId = await Factory.WithDatabaseAsync(db => db.CourseModules
            .Where(m => m.Key == module.Id && db.Cohorts.Any(c => c.Id == elsewhere.Cohort && c.CourseVersionId == m.CourseVersionId))
            .Select(m => m.Id).SingleAsync());
        var local = LocalTime.ToLocal(startsAtUtc, LocalTime.Zone(elsewhere.TimeZone));
        var form = await elsewhere.Visitor.OpenAsync($"/cohorts/{elsewhere.Cohort}/sessions/new?module={moduleId}");
        var saved = await elsewhere.Visitor.SubmitAsync(form, "session", ("Input.Date", local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("Input.StartTime", local.ToString("HH:mm", CultureInfo.InvariantCulture)),
            ("Input.EndTime", local.AddHours(2).ToString("HH:mm", CultureInfo.InvariantCulture)),
            ("Input.Location", "Lecture theatre"), ("Input.InstructorIds", elsewhere.Instructor.Id));
        Assert.Equal($"/cohorts/{elsewhere.Cohort}", Visitor.RedirectPath(saved));
        return (await Scheduling.SlotsAsync(elsewhere.Cohort)).Last().Id;
    }

    static async Task<HtmlPage> FillAsync(Elsewhere elsewhere, int slot, int organisation, int coTrainer) =>
        await elsewhere.Visitor.SubmitAndFollowAsync(await elsewhere.Visitor.OpenAsync($"/cohorts/{elsewhere.Cohort}/slots/{slot}"), "fill-slot",
            ("Fill.OrganisationId", organisation.ToString()), ("Fill.CoTrainerId", coTrainer.ToString()));

    // A two-hour session of the module from 09:00 on the day, in a room and with an instructor of its own; its first slot.
    async Task<int> SessionSlotAsync(Person lead, int cohort, int module, DateOnly day)
    {
        var outcome = await Factory.AsAsync(lead, async services => await services.GetRequiredService<ScheduleSession.Handler>().HandleAsync(
            new ScheduleSession.Command
            {
                CohortId = cohort, Version = await Scheduling.VersionAsync(cohort), ModuleId = module, Date = day, StartTime = new TimeOnly(9, 0),
                EndTime = new TimeOnly(11, 0), Location = Scheduling.Unique("Room"), InstructorIds = [lead.Id],
            }, CancellationToken.None));
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
        return await Factory.WithDatabaseAsync(db => db.SessionSlots.Where(p => p.SessionId == outcome.Value).OrderBy(p => p.Position)
            .Select(p => p.Id).FirstAsync());
    }

    Task<SlotCoverage> CoverageAsync(int slot) => Factory.WithDatabaseAsync(async db => (await db.SessionSlots.AsNoTracking().SingleAsync(s => s.Id == slot)).Coverage);

    public sealed class OnSqlite(SqliteLmsFactory factory) : CoTrainerBookingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CoTrainerBookingTests(factory), IClassFixture<PostgresLmsFactory>;
}
