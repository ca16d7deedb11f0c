using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using UglyToad.PdfPig;

namespace SmartPolicingLms.Web.Tests.Exports;

// The register printed for a file: a table that runs over pages with its heads on each, numbered pages, every recruit.
public abstract class RegisterPdfTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_cohort_of_sixty_prints_every_recruit_with_the_column_heads_and_page_numbers_on_every_page()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var names = new List<string>();
        for (var i = 1; i <= 60; i++)
        {
            var (_, enrollment) = await world.EnrolAsync();
            var name = $"Курсант {i:D2} Өмүрбек";
            await ExportScene.RenameAsync(Factory, enrollment, name, $"KG-{i:D4}");
            names.Add(name);
        }
        var officer = await People.CreateAsync(Roles.ProgramOfficer, world.InstitutionId);
        var visitor = await world.SignedInAsync(officer);

        var pdf = await RegisterTests.FileAsync(visitor, ReportLinks.RegisterPdf + $"?cohort={world.CohortId}", Factory.Logs);

        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        for (var n = 0; n < pages.Count; n++)
        {
            Assert.All(["Recruit", "Service", "Institution", "Attended", "Missing", "Certificate"], head => Assert.Contains(head, pages[n]));
            Assert.Contains("Completion register", pages[n]);
            Assert.Contains($"Page {n + 1} of {pages.Count}", pages[n]);
        }
        var all = string.Join(" ", pages);
        Assert.All(names, name => Assert.Contains(name, all));
        Assert.Equal(60, names.Count(name => all.Contains(name)));
        var (qpdfExit, qpdf) = SheetPdf.Run("qpdf", "--check {pdf}", pdf);
        Assert.True(qpdfExit == 0 && !qpdf.Contains("WARNING", StringComparison.OrdinalIgnoreCase), qpdf);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RegisterPdfTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RegisterPdfTests(factory), IClassFixture<PostgresLmsFactory>;
}
