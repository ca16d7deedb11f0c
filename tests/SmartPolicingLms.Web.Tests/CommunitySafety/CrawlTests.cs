using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Harness;
using Xunit.Abstractions;

namespace SmartPolicingLms.Web.Tests.CommunitySafety;

// The police academy's database must never become a register of sex workers or people who use drugs. MatrixWorld
// names a co-trainer, by a unique chosen name and with a unique contact, in a published cohort with a recruit
// enrolled, and the co-trainer then withdraws their consent to be named. Every page and export is requested as every
// kind of visitor, and every response, the application's log and every text column of the database are searched.
public abstract partial class CrawlTests(LmsFactory factory, ITestOutputHelper output) : LmsTest(factory)
{
    const string CoTrainerContactPage = "/partners/{OrganisationId:int}/co-trainers/{CoTrainerId:int}/contact";
    const string OrganisationContactPage = "/partners/{OrganisationId:int}/contact";
    static readonly string[] PartnerManagers = [Roles.Administrator, Roles.ProgramOfficer];

    [SkippableFact]
    public async Task A_cotrainer_without_consent_is_named_only_to_partner_managers_and_their_contact_shown_only_on_its_logged_page()
    {
        var world = await MatrixWorld.For(Factory);
        var secrets = Secrets.Of(world);
        var pages = Pages(world);
        var leaks = new List<string>();
        var seen = new HashSet<(string Visitor, string Pattern, string Secret)>();
        var failed = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var visitor in MatrixWorld.Visitors)
            foreach (var (pattern, url) in pages)
            {
                var response = await world.SignedIn[visitor].GetAsync(url);
                if (Outcomes.Of(response) == Outcome.ServerError)
                    failed.Add($"{pattern} ({visitor})");
                var text = await ReadAsync(response);
                foreach (var (secret, needles) in secrets.All)
                    if (needles.Any(text.Contains))
                    {
                        seen.Add((visitor, pattern, secret));
                        if (!Allowed(secret, pattern, visitor))
                            leaks.Add($"{secret} shown to {visitor} at {url}");
                    }
            }
        foreach (var message in Factory.Logs.Messages(LogLevel.Trace))
            foreach (var (secret, needles) in secrets.All)
                if (needles.Any(message.Contains))
                    leaks.Add($"{secret} in the log: {message}");
        output.WriteLine($"{Factory}: {pages.Count} addresses × {MatrixWorld.Visitors.Count} visitors crawled; {leaks.Count} leaks; "
            + $"{failed.Count} answered with a server error, so their content was not searched: {string.Join(", ", failed)}");

        Assert.Empty(leaks);
        // A page that fails cannot be searched (every page is in the access table, so none may).
        Assert.Empty(failed);
        Assert.All(PartnerManagers, manager => Assert.Contains((manager, "/partners/{OrganisationId:int}", Secrets.Name), seen));
        Assert.All(PartnerManagers, manager => Assert.Contains((manager, CoTrainerContactPage, Secrets.Contact), seen));
        Assert.All(PartnerManagers, manager => Assert.Contains((manager, OrganisationContactPage, Secrets.OrganisationContact), seen));
        Assert.Equal(["CoTrainers.ChosenName"], await StoredText.WhereAsync(Factory, secrets.Needles(Secrets.Name)));
        Assert.Equal(["CoTrainers.ContactDetails"], await StoredText.WhereAsync(Factory, secrets.Needles(Secrets.Contact)));
    }

    [SkippableFact]
    public async Task A_consenting_cotrainer_is_named_to_instructors_and_recruits_but_never_in_feeds_audit_or_logs()
    {
        var world = await MatrixWorld.For(Factory);
        var (lead, officer) = (world.People[Roles.Instructor], world.People[Roles.ProgramOfficer]);
        var name = $"Bermet-{Guid.NewGuid():N}";
        var coTrainer = await Scheduling.CoTrainerAsync(officer, world.Organisation, name, consent: true);
        var cohort = await Scheduling.DraftedCohortAsync(lead, Scheduling.GhanaCourse, Scheduling.MondayAhead(12));
        var slot = (await Scheduling.SlotsAsync(cohort)).First();
        await Scheduling.FillAsync(lead, cohort, slot.Id, world.Organisation, coTrainer);
        await Scheduling.FillOpenSlotsAsync(lead, cohort, world.Organisation);
        await Scheduling.PublishAsync(lead, cohort);
        await EnrolAsync(cohort, world.People[Roles.Recruit]);
        var moduleKey = await Factory.WithDatabaseAsync(db => db.CohortSessions.Where(s => s.Id == slot.SessionId)
            .Join(db.CourseModules, s => s.CourseModuleId, m => m.Id, (s, m) => m.Key).SingleAsync());
        var (instructor, recruit) = (world.SignedIn[Roles.Instructor], world.SignedIn[Roles.Recruit]);
        var instructorPages = new[] { $"/cohorts/{cohort}", $"/cohorts/{cohort}/slots/{slot.Id}" };
        var recruitPage = new[] { $"/learn/cohorts/{cohort}/modules/{moduleKey}" };
        var exports = new[] { $"/calendar/cohort/{await Scheduling.CalendarTokenAsync(cohort)}.ics", world.Fill("/calendar/instructor/{token}.ics"),
            $"/audit?cohort={cohort}", "/audit?cohort=partners", "/audit" };

        List<string> namedWithConsent = [.. await TextsAsync(instructor, instructorPages), .. await TextsAsync(recruit, recruitPage)];
        await Scheduling.SetConsentAsync(officer, world.Organisation, coTrainer, consent: false);
        List<string> afterWithdrawal = [.. await TextsAsync(instructor, instructorPages), .. await TextsAsync(recruit, recruitPage)];

        Assert.All(namedWithConsent, text => Assert.Contains(name, text));
        Assert.All(afterWithdrawal, text => Assert.DoesNotContain(name, text));
        Assert.Contains($"{name} (", namedWithConsent[0]);
        foreach (var visitor in MatrixWorld.Visitors)
            Assert.All(await TextsAsync(world.SignedIn[visitor], exports), text => Assert.DoesNotContain(name, text));
        Assert.DoesNotContain(Factory.Logs.Messages(LogLevel.Trace), m => m.Contains(name));
        Assert.Equal(["CoTrainers.ChosenName"], await StoredText.WhereAsync(Factory, name));
    }

    // As the enrolment feature records a recruit's place.
    Task EnrolAsync(int cohort, Person recruit) => Factory.WithServicesAsync(async services =>
    {
        var db = services.GetRequiredService<AppDbContext>();
        db.Enrollments.Add(Enrollment.Create(cohort, recruit.Id, Factory.Now));
        await db.SaveChangesAsync();
    });

    // Every address the app serves to a GET, with the world's ids: the matrix's endpoints and any later one (an
    // endpoint the world cannot fill fails here, as in the matrix), plus the audit log's filtered views.
    static List<(string Pattern, string Url)> Pages(MatrixWorld world)
    {
        var patterns = Endpoints.All(world.Factory)
            .Where(e => !Endpoints.IsStaticAsset(e) && Endpoints.RequestMethod(Endpoints.Methods(e)) == "GET")
            .Select(Endpoints.Pattern).Distinct().Order(StringComparer.Ordinal);
        return
        [
            .. patterns.Select(p => (p, world.Fill(p))),
            ("/audit", $"/audit?cohort={world.Cohort}"),
            ("/audit", "/audit?cohort=partners"),
            ("/partners/{OrganisationId:int}", $"/partners/{world.Organisation}?removed=true"),
        ];
    }

    static bool Allowed(string secret, string pattern, string visitor) => PartnerManagers.Contains(visitor) && secret switch
    {
        Secrets.Name => pattern.StartsWith("/partners/", StringComparison.Ordinal),
        Secrets.Contact => pattern == CoTrainerContactPage,
        Secrets.OrganisationContact => pattern == OrganisationContactPage,
        _ => false,
    };

    static async Task<List<string>> TextsAsync(Visitor visitor, IEnumerable<string> urls)
    {
        var texts = new List<string>();
        foreach (var url in urls)
        {
            var response = await visitor.GetAsync(url);
            // A visitor refused a page reads the access-denied page instead, which must not name anyone either.
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Forbidden || Visitor.IsRedirect(response.StatusCode),
                $"GET {url}: {Outcomes.Describe(response)}");
            texts.Add(await ReadAsync(response));
        }
        return texts;
    }

    // As a person or a calendar app would read it: HTML entities decoded, folded iCalendar lines joined, a PDF's text
    // as a reader extracts it (its raw bytes hold glyph codes, not letters), headers included.
    static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType == "application/pdf")
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
            var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.False(string.IsNullOrWhiteSpace(text), $"{response.RequestMessage?.RequestUri}: a PDF without readable text cannot be searched");
            return text + "\n" + response.Headers + response.Content.Headers;
        }
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "text/calendar")
            body = FoldedLine().Replace(body, "");
        return WebUtility.HtmlDecode(body) + "\n" + response.Headers + response.Content.Headers;
    }

    [GeneratedRegex(@"\r?\n[ \t]")]
    private static partial Regex FoldedLine();

    // What must not leak, each with the whole string and its distinctive parts (a page might show a part).
    sealed record Secrets(IReadOnlyList<(string Secret, string[] Needles)> All)
    {
        public const string Name = "the co-trainer's chosen name";
        public const string Contact = "the co-trainer's contact";
        public const string OrganisationContact = "the organisation's contact";

        public static Secrets Of(MatrixWorld world) => new([
            (Name, [world.CoTrainerName, world.CoTrainerName.Split('-')[1]]),
            (Contact, [world.CoTrainerContact, .. world.CoTrainerContact.Split(' ').Where(p => p.Length >= 6 && p.Any(char.IsLetter))]),
            (OrganisationContact, [world.OrganisationContact]),
        ]);

        public string[] Needles(string secret) => All.Single(s => s.Secret == secret).Needles;
    }

    public sealed class OnSqlite(SqliteLmsFactory factory, ITestOutputHelper output) : CrawlTests(factory, output), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory, ITestOutputHelper output) : CrawlTests(factory, output), IClassFixture<PostgresLmsFactory>;
}
