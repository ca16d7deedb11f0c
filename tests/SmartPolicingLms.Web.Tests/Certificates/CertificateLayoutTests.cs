using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Tests.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Institutions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace SmartPolicingLms.Web.Tests.Certificates;

// The certificate page as drawn from what a certificate stored, without a database: its own wording or the general
// one, its signatories and crest, and a layout where nothing runs into anything else however long the text.
public sealed class CertificateLayoutTests
{
    const string Link = "https://lms.example.test/verify/CCCC-DDDD-EEEE-FFFF-GGGG";

    static readonly Signatory[] LongSignatories =
    [
        new(Longest("Жыпаргүл Өмүрбекова-Ңурланбекова ", Signatory.NameMaxLength), Longest("Начальник Академии МВД, полковник ", Signatory.TitleMaxLength)),
        new(Longest("Нурбек Төлөгөнович Сыдыкбеков ", Signatory.NameMaxLength), Longest("Заместитель начальника академии ", Signatory.TitleMaxLength)),
        new(Longest("Ama Mensah Boateng ", Signatory.NameMaxLength), Longest("Head of the Harm Reduction Training Unit ", Signatory.TitleMaxLength)),
    ];

    [Fact]
    public void A_certificate_prints_its_own_title_and_statement_every_signatory_and_its_crest()
    {
        var signatories = new Signatory[] { new("Айгүл Өмүрбекова", "Начальник академии"), new("Kofi Boateng", "Commandant") };

        var pdf = CertificatePdf.Write(Issued("Certificate of training", "has completed training in harm reduction for police", signatories),
            Link, CrestFiles.TinyJpeg);

        var text = SheetPdf.Text(pdf);
        Assert.Contains("Certificate of training", text);
        Assert.Contains("has completed training in harm reduction for police", text);
        Assert.DoesNotContain(CertificatePdf.GeneralTitle, text);
        Assert.Equal(signatories.Select(s => $"{s.Name} {s.Title}"), CertificateReading.SignatureBlocks(pdf));
        using var document = PdfDocument.Open(pdf);
        var crest = Assert.Single(document.GetPage(1).GetImages());
        Assert.Equal((3, 2), (crest.WidthInSamples, crest.HeightInSamples));
    }

    [Fact]
    public void Without_wording_of_its_own_it_prints_the_general_wording_and_without_a_crest_no_image()
    {
        var pdf = CertificatePdf.Write(Issued("", "", []), Link, crest: null);

        var text = SheetPdf.Text(pdf);
        Assert.Contains(CertificatePdf.GeneralTitle, text);
        Assert.Contains(CertificatePdf.GeneralStatement, text);
        Assert.Empty(CertificateReading.SignatureBlocks(pdf));
        using var document = PdfDocument.Open(pdf);
        Assert.Empty(document.GetPage(1).GetImages());
    }

    [SkippableFact]
    public void At_every_longest_length_nothing_overlaps_nothing_is_cut_and_the_tools_still_read_it()
    {
        var certificate = Issued(Longest("Certificate of completion of training ", 200), Longest("has completed the course on harm reduction ", 300),
            LongSignatories, recruitName: Longest("Айгүл Өмүрбекова Ңтест ", 200), courseTitle: Longest("Harm reduction, sex work and HIV ", 300));

        var pdf = CertificatePdf.Write(certificate, Link, CrestFiles.Png(1600, 400));

        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var words = page.GetWords().Select(w => (w.Text, Box: w.BoundingBox)).ToList();
        var text = string.Join(' ', words.Select(w => w.Text));
        Assert.DoesNotContain("…", text);
        Assert.Equal(LongSignatories.Select(s => $"{s.Name} {s.Title}"), CertificateReading.SignatureBlocks(pdf));
        Assert.Contains(certificate.RecruitName.Trim(), text);
        var crest = Assert.Single(page.GetImages()).BoundingBox;
        var qr = page.Paths.Where(p => p.IsFilled).Select(p => p.GetBoundingRectangle()!.Value).Aggregate(Union);
        var frame = new PdfRectangle(24, 24, page.Width - 24, page.Height - 24);
        for (var i = 0; i < words.Count; i++)
        {
            Assert.True(Inside(words[i].Box, frame), $"'{words[i].Text}' leaves the frame");
            Assert.False(Overlap(words[i].Box, crest), $"'{words[i].Text}' overlaps the crest");
            Assert.False(Overlap(words[i].Box, qr), $"'{words[i].Text}' overlaps the QR code");
            for (var j = i + 1; j < words.Count; j++)
                Assert.False(Overlap(words[i].Box, words[j].Box), $"'{words[i].Text}' overlaps '{words[j].Text}'");
        }
        Assert.False(Overlap(crest, qr));
        var (qpdfExit, qpdf) = SheetPdf.Run("qpdf", "--check {pdf}", pdf);
        Assert.True(qpdfExit == 0 && !qpdf.Contains("WARNING", StringComparison.OrdinalIgnoreCase), qpdf);
        var (_, fonts) = SheetPdf.Run("pdffonts", "{pdf}", pdf);
        Assert.All(fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0), l => Assert.Contains(" yes ", l));
        var (zbarExit, decoded) = SheetPdf.Run("sh", "-c \"pdftoppm -r 150 -png {pdf} > {pdf}.png && zbarimg -q --raw {pdf}.png; rm -f {pdf}.png\"", pdf);
        Assert.True(zbarExit == 0, decoded);
        Assert.Equal(Link, decoded.Split('\n')[0].Trim());
    }

    static Certificate Issued(string title, string statement, IReadOnlyList<Signatory> signatories, string recruitName = "Айгүл Өмүрбекова",
        string courseTitle = "Harm reduction, sex work and HIV") =>
        Certificate.Issue(1, 1, "KGZ-ACAD", 2026, 42, "CCCC-DDDD-EEEE-FFFF-GGGG", "salt", new CertificateText(recruitName, courseTitle, "2026-03",
            46, 4, new DateOnly(2026, 5, 4), Longest("Академия МВД Кыргызской Республики имени Э. А. Алиева ", 200), title, statement,
            signatories, 1), "issuer", new DateTime(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc));

    // The words repeated up to the stored limit, ending on a whole word.
    static string Longest(string words, int limit)
    {
        var text = string.Concat(Enumerable.Repeat(words, limit / words.Length + 1))[..limit];
        return text[..(text.LastIndexOf(' ') is > 0 and var space ? space : limit)];
    }

    // Boxes that share more than a hair's breadth in both directions.
    static bool Overlap(PdfRectangle a, PdfRectangle b) =>
        Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) > 0.5 && Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom) > 0.5;

    static bool Inside(PdfRectangle box, PdfRectangle frame) =>
        box.Left >= frame.Left && box.Right <= frame.Right && box.Bottom >= frame.Bottom && box.Top <= frame.Top;

    static PdfRectangle Union(PdfRectangle a, PdfRectangle b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));
}
