using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Calendar;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Authorization;

// The people and records the matrix requests are made with: one signed-in person per role at institution A,
// an instructor at institution B for ownership cases, and real ids for every route parameter. Institution A has a
// published cohort led by its instructor, with a recruit enrolled, every slot filled, and one slot naming a co-trainer
// who has since withdrawn their consent to be named; the community-safety crawl searches every page for them.
internal sealed class MatrixWorld
{
    public const string Anonymous = nameof(Anonymous);
    // An instructor who signed in with a one-time code and has not chosen a password yet.
    public const string MustChoosePassword = nameof(MustChoosePassword);
    public static readonly IReadOnlyList<string> Visitors = [Anonymous, .. Roles.All, MustChoosePassword];

    public required LmsFactory Factory { get; init; }
    public required IReadOnlyDictionary<string, Person> People { get; init; }
    public required IReadOnlyDictionary<string, Visitor> SignedIn { get; init; }
    public required int OwnInstitution { get; init; }
    public required int OtherInstitution { get; init; }
    public required Person OtherInstitutionInstructor { get; init; }
    public required int Organisation { get; init; }
    public required string OrganisationContact { get; init; }
    public required int CoTrainer { get; init; }
    public required string CoTrainerName { get; init; }
    public required string CoTrainerContact { get; init; }
    public required int Cohort { get; init; }
    public required int Session { get; init; }
    // The slot that names the co-trainer.
    public required int Slot { get; init; }
    // A draft cohort of institution B, led by its instructor.
    public required int OtherCohort { get; init; }
    public required int OtherSession { get; init; }
    public required int OtherSlot { get; init; }
    // Route values by path prefix and parameter name; the longest prefix that has the parameter wins, so
    // /admin/institutions/{Id:int} and a later /cohorts/{Id:int} each get an id of their own kind.
    public required IReadOnlyList<(string Prefix, string Parameter, string Value)> RouteValues { get; init; }
    // Query strings a page needs to show anything at all (the new-session page names its module).
    public required IReadOnlyDictionary<string, string> Queries { get; init; }

    // Another person of the same kind as the visitor, for requests that may end that person's sessions.
    public Task<Person> NewPersonLikeAsync(string visitor) => visitor == MustChoosePassword
        ? Factory.People.CreateWithOneTimeCodeAsync(Roles.Instructor, OwnInstitution)
        : Factory.People.CreateAsync(visitor, OwnInstitution);

    public static Task<MatrixWorld> For(LmsFactory factory) => factory.SharedAsync(nameof(MatrixWorld), BuildAsync);

    static async Task<MatrixWorld> BuildAsync(LmsFactory factory)
    {
        var people = factory.People;
        var own = await people.CreateInstitutionAsync();
        var other = await people.CreateInstitutionAsync(country: "KE", timeZone: "Africa/Nairobi");
        var byRole = new Dictionary<string, Person>();
        var signedIn = new Dictionary<string, Visitor> { [Anonymous] = new Visitor(factory) };
        foreach (var role in Roles.All)
        {
            byRole[role] = await people.CreateAsync(role, own);
            signedIn[role] = new Visitor(factory);
            await signedIn[role].SignInAsync(byRole[role]);
        }
        var otherInstructor = await people.CreateAsync(Roles.Instructor, other);
        byRole[MustChoosePassword] = await people.CreateWithOneTimeCodeAsync(Roles.Instructor, own);
        signedIn[MustChoosePassword] = new Visitor(factory);
        await signedIn[MustChoosePassword].SignInAsync(byRole[MustChoosePassword]);

        var (module, image) = await factory.WithDatabaseAsync(async db =>
        {
            var module = await db.CourseModules.AsNoTracking()
                .Join(db.CourseVersions, m => m.CourseVersionId, v => v.Id, (m, v) => new { m.Key, m.Number, v.CourseId, Version = v.Number })
                .OrderBy(m => m.CourseId).ThenBy(m => m.Version).ThenBy(m => m.Number)
                .FirstAsync();
            var images = await db.CourseVersionFiles.AsNoTracking()
                .Join(db.CourseVersions, f => f.CourseVersionId, v => v.Id, (f, v) => new { v.CourseId, v.ContentHash, f.Path })
                .ToListAsync();
            return (module, images.First(i => CourseFileKinds.IsImage(i.Path)));
        });

        var scheduling = new Scheduling(factory);
        var hex = Guid.NewGuid().ToString("N");
        var coTrainerName = $"Aigerim-{hex[..10]}";
        var coTrainerContact = $"+996 555 {Random.Shared.Next(100_000, 999_999)} aig{hex[10..18]}@example.org";
        var organisationContact = $"Office {hex[18..26]}, Bishkek";
        var organisation = await scheduling.OrganisationAsync(byRole[Roles.Administrator], contact: organisationContact);
        var coTrainer = await scheduling.CoTrainerAsync(byRole[Roles.ProgramOfficer], organisation, coTrainerName, consent: true, coTrainerContact);
        var start = Scheduling.MondayAhead();
        var cohort = await scheduling.DraftedCohortAsync(byRole[Roles.Instructor], Scheduling.GhanaCourse, start);
        var named = (await scheduling.SlotsAsync(cohort)).First();
        await scheduling.FillAsync(byRole[Roles.Instructor], cohort, named.Id, organisation, coTrainer);
        await scheduling.FillOpenSlotsAsync(byRole[Roles.Instructor], cohort, organisation);
        await scheduling.PublishAsync(byRole[Roles.Instructor], cohort);
        await scheduling.SetConsentAsync(byRole[Roles.ProgramOfficer], organisation, coTrainer, consent: false);
        var otherCohort = await scheduling.DraftedCohortAsync(otherInstructor, Scheduling.GhanaCourse, start);
        var otherSlot = (await scheduling.SlotsAsync(otherCohort)).First();
        var (enrollment, instructorToken) = await EnrolAndSubscribeAsync(factory, cohort, byRole[Roles.Recruit], byRole[Roles.Instructor]);
        // The module of the session that names the co-trainer: its page shows recruits who co-teaches.
        var contactModule = await factory.WithDatabaseAsync(db => db.CohortSessions.Where(s => s.Id == named.SessionId)
            .Join(db.CourseModules, s => s.CourseModuleId, m => m.Id, (s, m) => new { m.Id, m.Key }).SingleAsync());

        return new MatrixWorld
        {
            Factory = factory,
            People = byRole,
            SignedIn = signedIn,
            OwnInstitution = own,
            OtherInstitution = other,
            OtherInstitutionInstructor = otherInstructor,
            Organisation = organisation,
            OrganisationContact = organisationContact,
            CoTrainer = coTrainer,
            CoTrainerName = coTrainerName,
            CoTrainerContact = coTrainerContact,
            Cohort = cohort,
            Session = named.SessionId,
            Slot = named.Id,
            OtherCohort = otherCohort,
            OtherSession = otherSlot.SessionId,
            OtherSlot = otherSlot.Id,
            Queries = new Dictionary<string, string>
            {
                ["/cohorts/{Id:int}/sessions/new"] = $"?module={contactModule.Id}",
                ["/cohorts/{Id:int}/make-up/new"] = $"?module={contactModule.Id}",
            },
            RouteValues =
            [
                ("/admin/institutions/", "Id:int", own.ToString()),
                ("/institutions/", "Id:int", own.ToString()),
                ("/verify/", "Code", "CCCC-DDDD-EEEE-FFFF-GGGG"),
                ("/certificates/", "id:int", "999999"),
                // An account at the same institution; the ownership cases use institution B's instructor.
                ("/admin/accounts/", "Id", byRole[Roles.Recruit].Id),
                ("/Account/Manage/RenamePasskey/", "Id", "no-such-passkey"),
                ("/catalogue/", "CourseId", module.CourseId),
                ("/catalogue/", "Number:int", module.Version.ToString()),
                ("/catalogue/", "ModuleKey", module.Key),
                ("/course-files/", "courseId", image.CourseId),
                ("/course-files/", "contentHash", image.ContentHash),
                ("/course-files/", "**path", image.Path),
                ("/partners/", "OrganisationId:int", organisation.ToString()),
                ("/partners/", "CoTrainerId:int", coTrainer.ToString()),
                ("/cohorts/", "Id:int", cohort.ToString()),
                ("/cohorts/", "SessionId:int", named.SessionId.ToString()),
                ("/cohorts/", "SlotId:int", named.Id.ToString()),
                ("/calendar/cohorts/", "CohortId:int", cohort.ToString()),
                ("/calendar/cohort/", "token", await scheduling.CalendarTokenAsync(cohort)),
                ("/calendar/instructor/", "token", instructorToken),
                // The recruit's enrolment, tests and modules in that cohort.
                ("/cohorts/", "CohortId:int", cohort.ToString()),
                ("/cohorts/", "EnrollmentId:int", enrollment.ToString()),
                ("/cohorts/", "Kind", "pre"),
                ("/learn/cohorts/", "CohortId:int", cohort.ToString()),
                ("/learn/cohorts/", "Kind", "pre"),
                ("/learn/cohorts/", "Number:int", "1"),
                ("/learn/cohorts/", "ModuleKey", contactModule.Key),
            ],
        };
    }

    // The recruit is enrolled as the enrolment feature will record it; the instructor has asked for a calendar link.
    static async Task<(int Enrollment, string InstructorToken)> EnrolAndSubscribeAsync(LmsFactory factory, int cohort, Person recruit, Person instructor)
    {
        var (enrollment, token) = (0, "");
        await factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            var enrolled = Enrollment.Create(cohort, recruit.Id, factory.Now);
            db.Enrollments.Add(enrolled);
            await db.SaveChangesAsync();
            enrollment = enrolled.Id;
            token = await services.GetRequiredService<InstructorCalendarLink>().NewAsync(instructor.Id, CancellationToken.None);
        });
        return (enrollment, token);
    }

    // /catalogue/{CourseId}/versions/{Number:int} -> /catalogue/ghana.../versions/1
    public string Fill(string pattern, IReadOnlyDictionary<string, string>? overrides = null) =>
        FillRoute(pattern, overrides) + Queries.GetValueOrDefault(pattern, "");

    string FillRoute(string pattern, IReadOnlyDictionary<string, string>? overrides) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}]+)\}", match =>
        {
            var name = match.Groups[1].Value;
            var value = overrides?.GetValueOrDefault(name)
                ?? RouteValues.Where(v => v.Parameter == name && pattern.StartsWith(v.Prefix, StringComparison.Ordinal))
                    .OrderByDescending(v => v.Prefix.Length).Select(v => v.Value).FirstOrDefault()
                ?? throw new InvalidOperationException($"No value for route parameter {{{name}}} in {pattern}: add one to MatrixWorld.");
            return name.StartsWith("**") ? value : Uri.EscapeDataString(value);
        });
}
