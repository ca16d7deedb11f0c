using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using QRCoder;

namespace SmartPolicingLms.Web.Features.Certificates;

// The printed certificate: A4 landscape, what was stored when it was issued, the serial, and a QR code of the
// verification link drawn as vector squares (sharp at any print size, no image library), with the link printed in
// full beneath it for anyone without a phone. Nothing about co-trainers or partner organisations.
internal static class CertificatePdf
{
    const double Margin = 48;

    public static byte[] Write(Certificate certificate, string verificationLink)
    {
        PdfFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = $"Certificate {certificate.Serial}";
        // Uncompressed page content: qpdf --check warns on the deflate streams this PDFsharp version writes.
        document.Options.CompressContentStreams = false;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
            Draw(gfx, page.Width.Point, page.Height.Point, certificate, verificationLink);
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    static void Draw(XGraphics gfx, double width, double height, Certificate c, string link)
    {
        var frame = new XPen(XColor.FromArgb(0x1F, 0x4E, 0x79), 2.5);
        gfx.DrawRectangle(frame, Margin / 2, Margin / 2, width - Margin, height - Margin);
        var centre = XStringFormats.TopCenter;
        var text = XBrushes.Black;
        var line = new Func<double, XRect>(y => new XRect(Margin, y, width - 2 * Margin, 30));

        gfx.DrawString(c.InstitutionName, Font(16, bold: true), text, line(70), centre);
        gfx.DrawString("Certificate of completion", Font(30, bold: true), new XSolidBrush(XColor.FromArgb(0x1F, 0x4E, 0x79)), line(110), centre);
        gfx.DrawString("This certifies that", Font(13), text, line(165), centre);
        gfx.DrawString(c.RecruitName, Font(26, bold: true), text, line(190), centre);
        gfx.DrawString("completed the course", Font(13), text, line(235), centre);
        gfx.DrawString($"{c.CourseTitle} (version {c.CourseVersionLabel})", Font(17, bold: true), text, line(258), centre);
        var hours = $"{CatalogueText.Hours(c.ContactHours)} contact hours"
            + (c.SelfStudyHours > 0 ? $" and {CatalogueText.Hours(c.SelfStudyHours)} hours of self-study" : "");
        gfx.DrawString(hours, Font(13), text, line(292), centre);
        gfx.DrawString($"Completed on {LocalTime.Day(c.CompletedOn)}", Font(13), text, line(315), centre);

        // Bottom left: the serial and code; bottom right: the QR code of the link, the link in full under it.
        var bottom = height - Margin - 150;
        gfx.DrawString($"Serial: {c.Serial}", Font(11, bold: true), text, new XPoint(Margin + 12, bottom + 70));
        gfx.DrawString($"Verification code: {c.VerificationCode}", Font(11), text, new XPoint(Margin + 12, bottom + 90));
        gfx.DrawString("Check this certificate at the address below the QR code.", Font(9), text, new XPoint(Margin + 12, bottom + 110));
        const double qrSize = 110;
        DrawQr(gfx, link, width - Margin - 12 - qrSize, bottom, qrSize);
        gfx.DrawString(link, Font(8), text, new XRect(width / 2, bottom + qrSize + 6, width / 2 - Margin - 12, 12), XStringFormats.TopRight);
    }

    // The module matrix (quiet zone included) as filled squares.
    static void DrawQr(XGraphics gfx, string link, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(link, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
            for (var column = 0; column < matrix[row].Length; column++)
                if (matrix[row][column])
                    gfx.DrawRectangle(XBrushes.Black, x + column * module, y + row * module, module, module);
    }

    static XFont Font(double size, bool bold = false) => new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}
