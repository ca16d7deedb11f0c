using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Tests.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using SmartPolicingLms.Web.Tests.Institutions;
using UglyToad.PdfPig;

namespace SmartPolicingLms.Web.Tests.Certificates;

// The printed certificate, read back as a reader and the tools a print shop or archive would use read it, and who may
// download it.
public abstract class CertificatePdfTests(LmsFactory factory) : LmsTest(factory)
{
    const string KyrgyzName = "Айгүл Өмүрбекова Ңтест";

    // Three signatories with long names in Kyrgyz and Russian, as an academy would enter them.
    static readonly Signatory[] Signatories =
    [
        new("Жыпаргүл Өмүрбекова-Ңурланбекова Асанкановна", "Начальник Академии МВД Кыргызской Республики, полковник милиции"),
        new("Нурбек Төлөгөнович Сыдыкбеков", "Заместитель начальника академии по учебной работе"),
        new("Ama Mensah", "Head of the Harm Reduction Training Unit"),
    ];

    const int CrestWidth = 120;
    const int CrestHeight = 80;

    [SkippableFact]
    public async Task The_recruit_downloads_a_certificate_that_prints_their_name_course_hours_serial_and_a_working_link()
    {
        var (world, recruit, certificate) = await CertifiedAsync();
        var visitor = await world.SignedInAsync(recruit);

        var response = await visitor.GetAsync($"/certificates/{certificate.Id}/pdf");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = SheetPdf.Text(pdf);
        var link = $"{LmsFactory.PublicBaseAddress}/verify/{certificate.VerificationCode}";

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(KyrgyzName, text);
        Assert.Contains(certificate.CourseTitle, text);
        Assert.Contains(certificate.Serial, text);
        Assert.Contains(link, text);
        Assert.Contains($"{CatalogueText.Hours(certificate.ContactHours)} contact hours", text);
        Assert.Contains(OrGeneral(certificate.Title, CertificatePdf.GeneralTitle), text);
        Assert.Contains(OrGeneral(certificate.Statement, CertificatePdf.GeneralStatement), text);
        Assert.Equal(Signatories.Select(s => $"{s.Name} {s.Title}"), CertificateReading.SignatureBlocks(pdf));
        Assert.Equal((CrestWidth, CrestHeight), CrestSize(pdf));
        var (qpdfExit, qpdf) = SheetPdf.Run("qpdf", "--check {pdf}", pdf);
        Assert.True(qpdfExit == 0 && !qpdf.Contains("WARNING", StringComparison.OrdinalIgnoreCase), qpdf);
        var (_, fonts) = SheetPdf.Run("pdffonts", "{pdf}", pdf);
        Assert.All(fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0), l => Assert.Contains(" yes ", l));
        var (_, extracted) = SheetPdf.Run("pdftotext", "{pdf} -", pdf);
        Assert.Contains(KyrgyzName, extracted);
        var (zbarExit, decoded) = SheetPdf.Run("sh", "-c \"pdftoppm -r 150 -png {pdf} > {pdf}.png && zbarimg -q --raw {pdf}.png; rm -f {pdf}.png\"", pdf);
        Assert.True(zbarExit == 0, decoded);
        // zbarimg prints what it read first; anything after is its own noise (a desktop bus it could not reach).
        Assert.Equal(link, decoded.Split('\n')[0].Trim());
    }

    [SkippableFact]
    public async Task The_recruits_home_lists_their_certificate_and_its_link_downloads_it()
    {
        var (world, recruit, certificate) = await CertifiedAsync();
        var visitor = await world.SignedInAsync(recruit);

        var home = await visitor.OpenAsync("/learn");
        var link = home.Document.QuerySelector("[data-testid=certificate-pdf]")?.GetAttribute("href");
        var pdf = await visitor.GetAsync("/" + link);

        Assert.Contains(certificate.Serial, home.Document.QuerySelector("[data-testid=certificates]")!.TextContent);
        Assert.Equal($"certificates/{certificate.Id}/pdf", link);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains(certificate.Serial, SheetPdf.Text(await pdf.Content.ReadAsByteArrayAsync()));
    }

    [SkippableFact]
    public async Task Another_recruit_and_an_instructor_elsewhere_find_no_such_certificate_while_the_cohorts_instructor_does()
    {
        var (world, _, certificate) = await CertifiedAsync();
        var otherRecruit = await world.SignedInAsync((await world.EnrolAsync()).Person);
        var elsewhere = await world.SignedInAsync(await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync()));
        var lead = await world.SignedInAsync(world.Lead);
        var url = $"/certificates/{certificate.Id}/pdf";

        Assert.Equal(HttpStatusCode.NotFound, (await otherRecruit.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync(url)).StatusCode);
    }

    [SkippableFact]
    public async Task A_certificate_keeps_the_signatories_and_crest_it_was_issued_with_after_the_institution_changes_them()
    {
        var (world, recruit, certificate) = await CertifiedAsync();
        await Certify.SignAsync(world, [new("Kofi Boateng", "Commandant")], CrestFiles.TinyJpeg);
        var visitor = await world.SignedInAsync(recruit);

        var pdf = await (await visitor.GetAsync($"/certificates/{certificate.Id}/pdf")).Content.ReadAsByteArrayAsync();

        Assert.Equal(Signatories.Select(s => $"{s.Name} {s.Title}"), CertificateReading.SignatureBlocks(pdf));
        Assert.DoesNotContain("Kofi Boateng", SheetPdf.Text(pdf));
        Assert.Equal((CrestWidth, CrestHeight), CrestSize(pdf));
        var (stored, institutionCrest) = await Factory.WithDatabaseAsync(async db => (
            await db.Certificates.AsNoTracking().SingleAsync(c => c.Id == certificate.Id),
            await db.Institutions.Where(i => i.Id == world.InstitutionId).Select(i => i.CrestId).SingleAsync()));
        Assert.Equal(Signatories, stored.Signatories);
        Assert.Equal(certificate.CrestId, stored.CrestId);
        Assert.NotEqual(certificate.CrestId, institutionCrest);
    }

    static string OrGeneral(string wording, string general) => wording.Length > 0 ? wording : general;

    // The one image on the page, by its size in pixels.
    static (int Width, int Height) CrestSize(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        return (image.WidthInSamples, image.HeightInSamples);
    }

    async Task<(CompletionWorld World, Person Recruit, Certificate Certificate)> CertifiedAsync()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == recruit.Id)).DisplayName = KyrgyzName;
            return await db.SaveChangesAsync();
        });
        await Certify.SignAsync(world, Signatories, CrestFiles.Png(CrestWidth, CrestHeight));
        await Certify.CompleteEverythingAsync(world, enrollment);
        await Certify.CloseAsync(world);
        var certificate = await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.EnrollmentId == enrollment));
        return (world, recruit, certificate);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CertificatePdfTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CertificatePdfTests(factory), IClassFixture<PostgresLmsFactory>;
}
