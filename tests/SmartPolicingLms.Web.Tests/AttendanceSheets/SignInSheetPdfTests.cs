using SmartPolicingLms.Web.Features.AttendanceSheets;

namespace SmartPolicingLms.Web.Tests.AttendanceSheets;

public sealed class SignInSheetPdfTests
{
    [Fact]
    public void The_sheet_names_the_session_its_slots_by_organisation_and_every_recruit_in_their_own_letters()
    {
        var sheet = SheetPdf.Sheet([
            new(1, "Үмүт Өмүрбекова", "KG-0001", null),
            new(2, "Ңурлан Ыдырысов", "KG-0002", null),
            new(3, "Ama Mensah", "GPS-0003", null),
        ]);

        var text = SheetPdf.Text(SignInSheetPdf.Write(sheet));

        Assert.Multiple(
            () => Assert.Contains("Police Academy of Bishkek", text),
            () => Assert.Contains("Bishkek spring intake", text),
            () => Assert.Contains("Harm reduction for police, version 2 (2026-03)", text),
            () => Assert.Contains("Module 4: Working with outreach teams", text),
            () => Assert.Contains("Mon 4 May 2026 09:00–12:00 (Asia/Bishkek)", text),
            () => Assert.Contains("Hall 2", text),
            () => Assert.Contains("Aibek Sadyrov, Mira Ivanova", text),
            () => Assert.Contains("Co-trainer, Sex workers: Tais Plus", text),
            () => Assert.Contains("Co-trainer, People who use drugs: open", text),
            () => Assert.Contains("Lead trainer, Either: waived", text),
            () => Assert.Contains("Үмүт Өмүрбекова KG-0001", text),
            () => Assert.Contains("Ңурлан Ыдырысов KG-0002", text),
            () => Assert.Contains("Signature", text),
            () => Assert.Contains("Mark (P/L/A/E)", text),
            () => Assert.Contains("Page 1 of 1", text));
    }

    [Fact]
    public void Two_hundred_recruits_run_over_several_pages_each_with_the_header_and_its_number()
    {
        var pages = SheetPdf.Pages(SignInSheetPdf.Write(SheetPdf.Sheet(SheetPdf.Numbered(200))));

        Assert.InRange(pages.Count, 6, 12);
        Assert.All(pages.Select((text, i) => (text, i)), page =>
        {
            Assert.Contains($"Page {page.i + 1} of {pages.Count}", page.text);
            Assert.Contains("Module 4: Working with outreach teams", page.text);
            Assert.Contains("Signature", page.text);
        });
        var all = string.Join('\n', pages);
        Assert.All(Enumerable.Range(1, 200), i => Assert.Contains($"Recruit {i:D3} KG-{i:D4}", all));
        // Rows run in order: the last recruit of a page comes before the first of the next.
        Assert.Contains("Recruit 001", pages[0]);
        Assert.Contains("Recruit 200", pages[^1]);
    }

    [Fact]
    public void A_session_without_recruits_still_prints_one_page_that_says_so()
    {
        var pages = SheetPdf.Pages(SignInSheetPdf.Write(SheetPdf.Sheet([])));

        var page = Assert.Single(pages);
        Assert.Contains("No recruits are on this session's roster.", page);
        Assert.Contains("Page 1 of 1", page);
    }

    [Fact]
    public void A_name_too_long_for_its_column_is_cut_with_an_ellipsis_rather_than_running_into_the_next()
    {
        var longName = string.Join(' ', Enumerable.Repeat("Abdyrakhmanova", 8));

        var text = SheetPdf.Text(SignInSheetPdf.Write(SheetPdf.Sheet([new(1, longName, "KG-0001", null)])));

        Assert.DoesNotContain(longName, text);
        Assert.Contains("…", text);
        Assert.Contains("KG-0001", text);
    }

    [SkippableFact]
    public void The_sheet_passes_qpdf_check_without_warnings_and_pdftotext_reads_the_names()
    {
        var pdf = SignInSheetPdf.Write(SheetPdf.Sheet([new(1, "Үмүт Өмүрбекова", "KG-0001", null), .. SheetPdf.Numbered(60)]));

        var (qpdfExit, qpdfOutput) = SheetPdf.Run("qpdf", "--check {pdf}", pdf);
        var (textExit, text) = SheetPdf.Run("pdftotext", "-enc UTF-8 {pdf} -", pdf);

        Assert.True(qpdfExit == 0, $"qpdf --check exited {qpdfExit}:\n{qpdfOutput}");
        Assert.DoesNotContain("WARNING", qpdfOutput, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, textExit);
        Assert.Contains("Үмүт Өмүрбекова", text);
        Assert.Contains("Recruit 060", text);
    }
}
