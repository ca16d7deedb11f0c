using UglyToad.PdfPig;

namespace SmartPolicingLms.Web.Tests.Certificates;

// Reads a printed certificate the way a person does where plain text extraction cannot: signatures sit side by side,
// so a name wrapped over two lines is read down its own column, not across the page.
internal static class CertificateReading
{
    // The words under each signature line, left to right: the name, then the title, line by line.
    public static IReadOnlyList<string> SignatureBlocks(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var signatureLines = page.Paths.Where(p => p.IsStroked && !p.IsFilled).Select(p => p.GetBoundingRectangle()!.Value)
            .Where(r => r.Height < 2 && r.Width > 20).OrderBy(r => r.Left).ToList();
        var words = page.GetWords().ToList();
        return [.. signatureLines.Select(line => string.Join(' ', words
            .Where(w => w.BoundingBox.Centroid.X > line.Left - 12 && w.BoundingBox.Centroid.X < line.Right + 12
                && w.BoundingBox.Top < line.Bottom && w.BoundingBox.Top > line.Bottom - 70)
            .OrderByDescending(w => Math.Round(w.Letters[0].StartBaseLine.Y, 1)).ThenBy(w => w.BoundingBox.Left)
            .Select(w => w.Text)))];
    }
}
