using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace SmartPolicingLms.Web.Features.Certificates;

// The printed certificate: A4 landscape, what was stored when it was issued (its wording, signatories and crest among
// it), the serial, and a QR code of the verification link drawn as vector squares (sharp at any print size, no image
// library), with the link printed in full beneath it for anyone without a phone. Nothing about co-trainers or partner
// organisations. Every piece of text has a band of its own and shrinks or wraps to stay inside it, so three
// signatories, long names and the QR code never overlap. The fixed words are in the language of the request that prints
// it (what was stored, names and the course's own wording, prints as stored).
internal static class CertificatePdf
{
    static readonly IStringLocalizer T = Localizers.For<CertificatesStrings>();

    // What certificates of courses that declared no wording of their own say.
    public static string GeneralTitle => T["Certificate of completion"];
    public static string GeneralStatement => T["completed the course"];

    const double Margin = 48;
    const double QrSize = 100;
    static readonly XColor Blue = XColor.FromArgb(0x1F, 0x4E, 0x79);

    public static byte[] Write(Certificate certificate, string verificationLink, byte[]? crest)
    {
        PdfFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = T["Certificate {0}", certificate.Serial];
        // Uncompressed page content: qpdf --check warns on the deflate streams this PDFsharp version writes.
        document.Options.CompressContentStreams = false;
        AddPage(document, certificate, verificationLink, crest);
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    // The certificate as one more page of a document (the merged PDF of a graduation prints many in one file); the
    // document's fonts and the crest's image are then embedded once, not once per page.
    public static void AddPage(PdfDocument document, Certificate certificate, string verificationLink, byte[]? crest)
    {
        PdfFonts.Install();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using var gfx = XGraphics.FromPdfPage(page);
        Draw(gfx, page.Width.Point, page.Height.Point, certificate, verificationLink, crest);
    }

    static void Draw(XGraphics gfx, double width, double height, Certificate c, string link, byte[]? crest)
    {
        gfx.DrawRectangle(new XPen(Blue, 2.5), Margin / 2, Margin / 2, width - Margin, height - Margin);
        var text = XBrushes.Black;
        var inner = width - 2 * Margin;
        XRect Band(double top, double bandHeight) => new(Margin, top, inner, bandHeight);

        if (crest is not null)
            PdfImages.DrawFitted(gfx, crest, new XRect((width - 140) / 2, 34, 140, 60));
        PdfText.Fit(gfx, c.InstitutionName, Band(98, 22), 15, bold: true, text);
        PdfText.Fit(gfx, OrGeneral(c.Title, GeneralTitle), Band(122, 38), 26, bold: true, new XSolidBrush(Blue));
        PdfText.Fit(gfx, T["This certifies that"], Band(164, 14), 12, bold: false, text);
        PdfText.Fit(gfx, c.RecruitName, Band(180, 34), 24, bold: true, text);
        PdfText.Fit(gfx, OrGeneral(c.Statement, GeneralStatement), Band(218, 32), 12, bold: false, text);
        PdfText.Fit(gfx, T["{0} (version {1})", c.CourseTitle, c.CourseVersionLabel], Band(252, 34), 15, bold: true, text);
        PdfText.Fit(gfx, Hours(c.ContactHours, c.SelfStudyHours), Band(290, 14), 12, bold: false, text);
        PdfText.Fit(gfx, T["Completed on {0}", c.CompletedOn.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)], Band(306, 14), 12,
            bold: false, text);

        DrawSignatories(gfx, c.Signatories, Margin, inner, lineAt: 362);

        // Bottom left: the serial and code; bottom right: the QR code of the link, the link in full under it.
        const double qrTop = 436;
        var left = new Func<double, XRect>(top => new XRect(Margin + 12, top, width / 2 - Margin, 14));
        PdfText.Fit(gfx, T["Serial: {0}", c.Serial], left(466), 11, bold: true, text, XStringFormats.TopLeft);
        PdfText.Fit(gfx, T["Verification code: {0}", c.VerificationCode], left(484), 11, bold: false, text, XStringFormats.TopLeft);
        PdfText.Fit(gfx, T["Check this certificate at the address below the QR code."], left(502), 9, bold: false, text, XStringFormats.TopLeft);
        DrawQr(gfx, link, width - Margin - 12 - QrSize, qrTop, QrSize);
        PdfText.Fit(gfx, link, new XRect(width / 2, qrTop + QrSize + 4, width / 2 - Margin - 12, 11), 8, bold: false, text, XStringFormats.TopRight);
    }

    // "12 contact hours and 4 hours of self-study", counted in the reader's language (the public check page says the same).
    public static string Hours(decimal contact, decimal selfStudy)
    {
        var hours = T.Plural(contact, "{0:0.##} contact hour|{0:0.##} contact hours");
        return selfStudy > 0 ? T["{0} and {1}", hours, T.Plural(selfStudy, "{0:0.##} hour of self-study|{0:0.##} hours of self-study")] : hours;
    }

    static string OrGeneral(string wording, string general) => string.IsNullOrWhiteSpace(wording) ? general : wording;

    // Up to three signature lines spread evenly across the page, each with the name and the title beneath it.
    static void DrawSignatories(XGraphics gfx, IReadOnlyList<Signatory> signatories, double left, double inner, double lineAt)
    {
        if (signatories.Count == 0)
            return;
        const double gutter = 28;
        var column = Math.Min(260, (inner - gutter * (signatories.Count - 1)) / signatories.Count);
        var used = column * signatories.Count + gutter * (signatories.Count - 1);
        var pen = new XPen(XColors.Black, 0.75);
        for (var i = 0; i < signatories.Count; i++)
        {
            var x = left + (inner - used) / 2 + i * (column + gutter);
            gfx.DrawLine(pen, x + 12, lineAt, x + column - 12, lineAt);
            PdfText.Fit(gfx, signatories[i].Name, new XRect(x, lineAt + 4, column, 26), 11, bold: true, XBrushes.Black);
            PdfText.Fit(gfx, signatories[i].Title, new XRect(x, lineAt + 32, column, 24), 9, bold: false, XBrushes.Black);
        }
    }

    // The module matrix (quiet zone included) as filled rectangles, one per run of dark modules in a row: the same
    // picture with about half the drawing operations of one square per module, which is most of a certificate's cost.
    static void DrawQr(XGraphics gfx, string link, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        var runs = new List<XRect>();
        for (var row = 0; row < matrix.Count; row++)
        {
            var cells = matrix[row];
            for (var column = 0; column < cells.Length; column++)
            {
                if (!cells[column])
                    continue;
                var start = column;
                while (column + 1 < cells.Length && cells[column + 1])
                    column++;
                runs.Add(new XRect(x + start * module, y + row * module, (column - start + 1) * module, module));
            }
        }
        gfx.DrawRectangles(XBrushes.Black, [.. runs]);
    }
}
