using PdfSharp.Fonts;

namespace SmartPolicingLms.Web.Pdf;

// PDFsharp finds no fonts by itself on Linux servers, so every PDF (sign-in sheets, certificates) uses DejaVu Sans shipped inside the app (it has
// the Kyrgyz and Russian letters recruits' names use). PDFsharp takes one resolver for the whole process and
// refuses a change once a font was used, so it is installed once, under a lock, before the first PDF is drawn.
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    const string Regular = "DejaVuSans";
    const string Bold = "DejaVuSans-Bold";

    static readonly Lock Installing = new();
    static volatile bool installed;

    public static void Install()
    {
        if (installed)
            return;
        lock (Installing)
        {
            // Another part of the app may have installed a resolver of its own first; ours then steps in for its
            // family only and hands every other request to the one already there.
            if (GlobalFontSettings.FontResolver is not PdfFonts)
                GlobalFontSettings.FontResolver = new PdfFonts(GlobalFontSettings.FontResolver);
            installed = true;
        }
    }

    readonly IFontResolver? others;

    PdfFonts(IFontResolver? others) => this.others = others;

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            // No italic face is shipped; PDFsharp slants the upright one if italic is ever asked for.
            ? new FontResolverInfo(bold ? Bold : Regular, false, italic)
            : others?.ResolveTypeface(familyName, bold, italic);

    public byte[]? GetFont(string faceName)
    {
        if (faceName is not (Regular or Bold))
            return others?.GetFont(faceName);
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"Fonts.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName}.ttf is not embedded in the app.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
