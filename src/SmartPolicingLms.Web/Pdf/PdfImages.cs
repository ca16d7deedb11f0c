using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SmartPolicingLms.Web.Pdf;

// Whether PDFsharp can place an image on a page. Its importers read fewer kinds of PNG and JPEG than browsers do, so
// an uploaded image that passed its header checks is drawn once on a page nobody keeps before it is stored: a
// certificate must never fail to print because of its crest.
internal static class PdfImages
{
    public static bool CanDraw(byte[] image)
    {
        try
        {
            using var document = new PdfDocument();
            var page = document.AddPage();
            using (var gfx = XGraphics.FromPdfPage(page))
            using (var picture = XImage.FromStream(new MemoryStream(image, writable: false)))
                gfx.DrawImage(picture, 0, 0, 10, 10);
            document.Save(Stream.Null, false);
            return true;
        }
        // The importers throw whatever their decoders meet (format, index, overflow, invalid-operation exceptions).
        catch (Exception problem) when (problem is not OutOfMemoryException)
        {
            return false;
        }
    }
}
