using System.Collections.Concurrent;
using System.Security.Cryptography;
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

    // Decoding a PNG is most of what printing one certificate costs, and a graduation prints hundreds with the same
    // crest: each image is decoded once per process, keyed by its content (crests never change once uploaded, but ids
    // repeat across databases). A handful of institutions' crests is all there is; the cache empties if it ever holds more.
    static readonly ConcurrentDictionary<string, XImage> Decoded = new();
    const int MostKept = 32;

    // Scaled to fit the box, keeping its proportions, centred in it.
    public static void DrawFitted(XGraphics gfx, byte[] image, XRect box)
    {
        var key = Convert.ToHexString(SHA256.HashData(image));
        if (!Decoded.TryGetValue(key, out var picture))
        {
            if (Decoded.Count >= MostKept)
                Decoded.Clear();
            picture = Decoded.GetOrAdd(key, _ => XImage.FromStream(new MemoryStream(image, writable: false)));
        }
        var ratio = (double)picture.PixelWidth / picture.PixelHeight;
        var (w, h) = box.Width / box.Height > ratio ? (box.Height * ratio, box.Height) : (box.Width, box.Width / ratio);
        // One image drawn into several documents at once: PDFsharp reads its decoded pixels lazily, so one at a time.
        lock (picture)
            gfx.DrawImage(picture, box.X + (box.Width - w) / 2, box.Y + (box.Height - h) / 2, w, h);
    }
}
