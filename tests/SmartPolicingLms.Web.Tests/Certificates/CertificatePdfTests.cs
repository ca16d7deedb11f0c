using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Certificates;

// The printed certificate, read back as a reader and the tools a print shop or archive would use read it, and who may
// download it.
public abstract class CertificatePdfTests(LmsFactory factory) : LmsTest(factory)
{
    const string KyrgyzName = "Айгүл Өмүрбекова Ңтест";

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

    Task<(CompletionWorld World, Person Recruit, Certificate Certificate)> CertifiedAsync() => Certify.CertifiedAsync(Factory, KyrgyzName);

    public sealed class OnSqlite(SqliteLmsFactory factory) : CertificatePdfTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CertificatePdfTests(factory), IClassFixture<PostgresLmsFactory>;
}
