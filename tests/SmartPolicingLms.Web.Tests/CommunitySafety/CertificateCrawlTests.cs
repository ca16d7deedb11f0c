using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Certificates;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using UglyToad.PdfPig;

namespace SmartPolicingLms.Web.Tests.CommunitySafety;

// A certificate goes out into the world (handed over, scanned, posted): it must never name the community co-trainer
// who taught the recruit, nor the organisation that sent them, whether or not the co-trainer agreed to be named in
// the LMS. Every certificate output (the PDF, the Open Badges credential, the public check, the staff list, the
// recruit's home) is read as its readers read it, by everyone who may open it.
public abstract class CertificateCrawlTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task No_certificate_output_names_a_co_trainer_or_their_organisation()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var admin = await People.CreateAsync(Roles.Administrator);
        var officer = await People.CreateAsync(Roles.ProgramOfficer, followedInstitutions: [world.InstitutionId]);
        var scheduling = new Scheduling(Factory);
        var organisation = Scheduling.Unique("Sisterhood");
        var coTrainer = $"Zarina-{Guid.NewGuid():N}"[..20];
        var contact = $"zarina-{Guid.NewGuid():N}@partner.example";
        var organisationId = await scheduling.OrganisationAsync(admin, organisation);
        var coTrainerId = await scheduling.CoTrainerAsync(admin, organisationId, coTrainer, consent: true, contact);
        var slots = await scheduling.SlotsAsync(world.CohortId);
        Assert.NotEmpty(slots);
        foreach (var slot in slots)
            await scheduling.FillAsync(world.Lead, world.CohortId, slot.Id, organisationId, coTrainerId);
        Assert.All(await scheduling.SlotsAsync(world.CohortId), s => Assert.Equal(coTrainerId, s.CoTrainerId));
        var (recruit, enrollment) = await world.EnrolAsync();
        await Certify.CompleteEverythingAsync(world, enrollment);
        await Certify.CloseAsync(world);
        var certificate = await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.EnrollmentId == enrollment));
        var readers = new Dictionary<string, Person> { ["recruit"] = recruit, ["lead"] = world.Lead, ["officer"] = officer, ["admin"] = admin };
        var outputs = new List<string> { CertificateLinks.Pdf(certificate.Id), $"/certificates/{certificate.Id}/credential",
            $"/verify/{certificate.VerificationCode}" };
        var staffPages = new List<string> { $"/cohorts/{world.CohortId}/certificates" };

        var read = new List<(string Reader, string Url, string Text)>();
        foreach (var (name, person) in readers)
        {
            var visitor = new Visitor(Factory);
            await visitor.SignInAsync(person);
            foreach (var url in name == "recruit" ? [.. outputs, "/learn"] : outputs.Concat(staffPages))
                read.Add((name, url, await ReadAsync(visitor, url)));
        }
        var anyone = NewVisitor();
        read.Add(("anyone", outputs[^1], await ReadAsync(anyone, outputs[^1])));

        Assert.Equal(readers.Count * 4 + 1, read.Count);
        Assert.All(read, r => Assert.Contains(r.Url.EndsWith("/credential", StringComparison.Ordinal) ? certificate.VerificationCode : certificate.Serial, r.Text));
        foreach (var secret in new[] { coTrainer, organisation, contact })
            Assert.All(read, r => Assert.False(r.Text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{r.Url} shows {secret} to {r.Reader}"));
        Assert.Equal(["CoTrainers.ChosenName"], await StoredText.WhereAsync(Factory, coTrainer));
        Assert.DoesNotContain(await StoredText.WhereAsync(Factory, organisation), column => column.StartsWith("Certificates.", StringComparison.Ordinal));
    }

    static async Task<string> ReadAsync(Visitor visitor, string url)
    {
        var response = await visitor.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        if (response.Content.Headers.ContentType?.MediaType == "application/pdf")
        {
            using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
            return string.Join("\n", pdf.GetPages().Select(p => p.Text)) + string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        }
        var body = await response.Content.ReadAsStringAsync();
        // A signed credential (header.payload.signature): its readers decode the payload.
        if (response.Content.Headers.ContentType?.MediaType == "application/vc+jwt")
            return System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(body.Split('.')[1]));
        return WebUtility.HtmlDecode(body);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CertificateCrawlTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CertificateCrawlTests(factory), IClassFixture<PostgresLmsFactory>;
}
