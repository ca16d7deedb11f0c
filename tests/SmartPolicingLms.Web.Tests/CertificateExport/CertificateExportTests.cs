using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.CertificateExport;
using SmartPolicingLms.Web.Tests.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Certificates;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using UglyToad.PdfPig;

namespace SmartPolicingLms.Web.Tests.CertificateExport;

// A graduation's certificates in one download, for the program officers who follow the institution.
public abstract class CertificateExportTests(LmsFactory factory) : LmsTest(factory)
{
    const string KyrgyzName = "Айгүл Өмүрбекова Ңурланбековна";
    const string HostileName = "CON: Mira/Ivanova?";
    const string RevokedName = "Revoked Recruit";

    [SkippableFact]
    public async Task A_program_officer_downloads_the_standing_certificates_of_an_institution_as_a_zip_of_pdfs_named_safely()
    {
        var graduation = await GraduationAsync();
        var officer = await OfficerAsync(graduation.World.InstitutionId);

        var response = await officer.GetAsync($"/exports/certificates.zip?institution={graduation.World.InstitutionId}");
        var zip = await response.Content.ReadAsByteArrayAsync();
        var entries = ZipReading.Entries(zip);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"certificates institution-{graduation.World.InstitutionId}.zip", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(graduation.Standing.Select(c => CertificateFileName.Of(c.Serial, c.RecruitName)).Order(), entries.Keys.Order());
        Assert.Contains($"{graduation.Standing[0].Serial} {KyrgyzName}.pdf", entries.Keys);
        Assert.Contains($"{graduation.Standing[1].Serial} CON Mira Ivanova.pdf", entries.Keys);
        Assert.All(ZipReading.Names(zip).Where(n => n.Name.Any(c => c > 127)), n => Assert.True(n.Utf8, n.Name));
        foreach (var certificate in graduation.Standing)
        {
            var text = SheetPdf.Text(entries[CertificateFileName.Of(certificate.Serial, certificate.RecruitName)]);
            Assert.Contains(certificate.RecruitName, text);
            Assert.Contains(certificate.Serial, text);
        }
        Assert.DoesNotContain(entries.Keys, name => name.Contains(RevokedName, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_merged_pdf_has_one_page_per_standing_certificate_and_passes_qpdf()
    {
        var graduation = await GraduationAsync();
        var officer = await OfficerAsync(graduation.World.InstitutionId);

        var response = await officer.GetAsync($"/exports/certificates.pdf?cohort={graduation.World.CohortId}");
        var pdf = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pages = SheetPdf.Pages(pdf);
        Assert.Equal(graduation.Standing.Count, pages.Count);
        Assert.All(graduation.Standing, c => Assert.Contains(pages, page => page.Contains(c.Serial) && page.Contains(c.RecruitName)));
        Assert.DoesNotContain(pages, page => page.Contains(RevokedName));
        using (var document = PdfDocument.Open(pdf))
            Assert.Equal(graduation.Standing.Count, document.NumberOfPages);
        var (qpdfExit, qpdf) = SheetPdf.Run("qpdf", "--check {pdf}", pdf);
        Assert.True(qpdfExit == 0 && !qpdf.Contains("WARNING", StringComparison.OrdinalIgnoreCase), qpdf);
    }

    [SkippableFact]
    public async Task Every_export_is_in_the_audit_log_with_who_which_scope_and_how_many()
    {
        var graduation = await GraduationAsync();
        var (visitor, officer) = await SignedInAsync(Roles.ProgramOfficer, graduation.World.InstitutionId);

        await (await visitor.GetAsync($"/exports/certificates.zip?cohort={graduation.World.CohortId}")).Content.ReadAsByteArrayAsync();

        var entry = await Factory.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.UserId == officer.Id && e.Subject == AuditSubject.Certificates));
        Assert.Equal(AuditAction.ExportedAsZip, entry.Action);
        Assert.Contains($"\"CohortIds\":[{graduation.World.CohortId}]", entry.After);
        Assert.Contains($"\"Certificates\":{graduation.Standing.Count}", entry.After);
    }

    [SkippableFact]
    public async Task A_program_officer_finds_no_export_of_an_institution_or_cohort_they_do_not_follow()
    {
        var graduation = await GraduationAsync();
        var (elsewhere, officer) = await SignedInAsync(Roles.ProgramOfficer, await People.CreateInstitutionAsync());
        var institution = await Factory.WithDatabaseAsync(db => db.Institutions.Where(i => i.Id == graduation.World.InstitutionId).Select(i => i.Name).SingleAsync());

        foreach (var url in new[]
        {
            $"/exports/certificates.zip?institution={graduation.World.InstitutionId}",
            $"/exports/certificates.pdf?institution={graduation.World.InstitutionId}",
            $"/exports/certificates.zip?cohort={graduation.World.CohortId}",
        })
        {
            var response = await elsewhere.GetAsync(url);
            // The site's not-found page, the same as for a cohort that does not exist: nothing says the institution is there.
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain(institution, await response.Content.ReadAsStringAsync());
        }
        Assert.False(await Factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == officer.Id && e.Subject == AuditSubject.Certificates)));
    }

    [SkippableFact]
    public async Task An_address_that_cannot_be_read_is_refused_naming_the_field()
    {
        var officer = await OfficerAsync(await People.CreateInstitutionAsync());

        var response = await officer.GetAsync("/exports/certificates.zip?from=31.12.2026");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("31.12.2026", await response.Content.ReadAsStringAsync());
    }

    async Task<Visitor> OfficerAsync(int institutionId) => (await SignedInAsync(Roles.ProgramOfficer, institutionId)).Visitor;

    sealed record Graduation(CompletionWorld World, IReadOnlyList<Certificate> Standing);

    // A closed cohort of three recruits who all completed: one with a Kyrgyz name, one whose name is hostile to file
    // systems, and one whose certificate was revoked afterwards.
    async Task<Graduation> GraduationAsync()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var enrollments = new List<int>();
        foreach (var name in new[] { KyrgyzName, HostileName, RevokedName })
        {
            var (recruit, enrollment) = await world.EnrolAsync();
            await Factory.WithDatabaseAsync(async db =>
            {
                (await db.Users.SingleAsync(u => u.Id == recruit.Id)).DisplayName = name;
                return await db.SaveChangesAsync();
            });
            await Certify.CompleteEverythingAsync(world, enrollment);
            enrollments.Add(enrollment);
        }
        await Certify.CloseAsync(world);
        await Factory.WithDatabaseAsync(async db =>
        {
            var revoked = await db.Certificates.SingleAsync(c => c.EnrollmentId == enrollments[2]);
            revoked.Revoke(CertificateRevocation.IssuedInError, null, world.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });
        var standing = await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking()
            .Where(c => enrollments.Contains(c.EnrollmentId) && c.RevokedAt == null).OrderBy(c => c.Id).ToListAsync());
        return new Graduation(world, standing);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CertificateExportTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CertificateExportTests(factory), IClassFixture<PostgresLmsFactory>;
}
