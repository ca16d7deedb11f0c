using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SmartPolicingLms.Web.Features.AttendanceSheets;

// The printable sign-in sheet for a room without network: A4, the session on top of every page, then one row per
// recruit to sign and to mark. Rows are tall enough to sign in, so a long roster runs over several pages.
internal static class SignInSheetPdf
{
    // Every printed word is in the reader's language; the mark letters stay P/L/A/E, the codes the import reads back.
    static readonly IStringLocalizer T = Localizers.For<AttendanceSheetsStrings>();
    const double Margin = 36;
    const double RowHeight = 22;
    const double FooterHeight = 20;
    static readonly double[] Widths = [26, 175, 105, 127, 90];

    static string[] Titles() => ["#", T["Full name"], T["Service number"], T["Signature"], T["Mark (P/L/A/E)"]];

    static readonly XPen Rule = new(XColors.Black, 0.6);
    static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromGrayScale(0.88));

    public static byte[] Write(SessionSheet.Sheet sheet)
    {
        PdfFonts.Install();
        var fonts = new Fonts();
        using var document = new PdfDocument();
        document.Info.Title = T["Sign-in sheet: {0}, module {1}", sheet.CohortName, sheet.ModuleNumber];
        // Uncompressed page content: qpdf --check (and some archive validators) warn on the deflate streams this
        // version writes, and a sheet of text is small either way.
        document.Options.CompressContentStreams = false;

        var recruits = sheet.Recruits;
        var pages = new List<(PdfPage Page, XGraphics Graphics, double TableTop)>();
        var perPage = 0;
        do
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            var gfx = XGraphics.FromPdfPage(page);
            var top = DrawHeader(gfx, sheet, fonts, page.Width.Point);
            perPage = perPage > 0 ? perPage : Math.Max(5, (int)((page.Height.Point - Margin - FooterHeight - top) / RowHeight) - 1);
            pages.Add((page, gfx, top));
        }
        while (pages.Count * perPage < recruits.Count);

        for (var p = 0; p < pages.Count; p++)
        {
            var (page, gfx, top) = pages[p];
            var y = DrawTableHead(gfx, fonts, top);
            var chunk = recruits.Skip(p * perPage).Take(perPage).ToList();
            if (chunk.Count == 0)
                gfx.DrawString(T["No recruits are on this session's roster."], fonts.Body, XBrushes.Black,
                    new XRect(Margin + 4, y, 400, RowHeight), XStringFormats.CenterLeft);
            for (var i = 0; i < chunk.Count; i++, y += RowHeight)
                DrawRow(gfx, fonts, y, p * perPage + i + 1, chunk[i]);
            DrawFooter(gfx, fonts, page, p + 1, pages.Count);
            gfx.Dispose();
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    static double DrawHeader(XGraphics gfx, SessionSheet.Sheet sheet, Fonts fonts, double pageWidth)
    {
        var width = pageWidth - 2 * Margin;
        var y = Margin;
        void Line(string text, XFont font, double gap = 2)
        {
            foreach (var part in Wrap(gfx, text, font, width))
            {
                gfx.DrawString(part, font, XBrushes.Black, new XRect(Margin, y, width, font.Height), XStringFormats.TopLeft);
                y += font.Height;
            }
            y += gap;
        }

        Line(T["Sign-in sheet · {0}", sheet.Institution], fonts.Title, 4);
        Line(T["Cohort: {0}", sheet.CohortName], fonts.Strong);
        Line(T["Course: {0}, version {1} ({2})", sheet.CourseTitle, sheet.VersionNumber, sheet.VersionLabel], fonts.Body);
        Line(sheet.IsMakeUp ? T["Module {0}: {1} (make-up session)", sheet.ModuleNumber, sheet.ModuleTitle]
            : T["Module {0}: {1}", sheet.ModuleNumber, sheet.ModuleTitle], fonts.Strong);
        Line(T["When: {0} ({1}) · Where: {2}", LocalTime.Span(sheet.LocalStart, sheet.LocalEnd), sheet.TimeZoneId, sheet.Location], fonts.Body);
        Line(T["Instructors: {0}", sheet.Instructors.Count > 0 ? string.Join(", ", sheet.Instructors) : T["none assigned"]], fonts.Body);
        Line(T["Co-trainer slots: {0}", sheet.Slots.Count > 0 ? string.Join("; ", sheet.Slots) : T["none"]], fonts.Body, 8);
        return y;
    }

    static double DrawTableHead(XGraphics gfx, Fonts fonts, double y)
    {
        var x = Margin;
        foreach (var (title, width) in Titles().Zip(Widths))
        {
            gfx.DrawRectangle(Rule, HeaderFill, x, y, width, RowHeight);
            gfx.DrawString(Fit(gfx, title, fonts.Head, width - 6), fonts.Head, XBrushes.Black,
                new XRect(x + 3, y, width - 6, RowHeight), XStringFormats.CenterLeft);
            x += width;
        }
        return y + RowHeight;
    }

    static void DrawRow(XGraphics gfx, Fonts fonts, double y, int number, SessionSheet.Recruit recruit)
    {
        string[] cells = [number.ToString(System.Globalization.CultureInfo.InvariantCulture), recruit.Name, recruit.Identifier, "", ""];
        var x = Margin;
        for (var c = 0; c < Widths.Length; c++)
        {
            var width = Widths[c];
            gfx.DrawRectangle(Rule, x, y, width, RowHeight);
            if (cells[c].Length > 0)
                gfx.DrawString(Fit(gfx, cells[c], fonts.Body, width - 6), fonts.Body, XBrushes.Black,
                    new XRect(x + 3, y, width - 6, RowHeight), XStringFormats.CenterLeft);
            x += width;
        }
    }

    static void DrawFooter(XGraphics gfx, Fonts fonts, PdfPage page, int number, int count)
    {
        var area = new XRect(Margin, page.Height.Point - Margin - FooterHeight + 6, page.Width.Point - 2 * Margin, FooterHeight);
        gfx.DrawString(T["Mark: P present · L late · A absent · E excused"], fonts.Small, XBrushes.Black, area, XStringFormats.TopLeft);
        gfx.DrawString(T["Page {0} of {1}", number, count], fonts.Small, XBrushes.Black, area, XStringFormats.TopRight);
    }

    // Cuts a cell's text to its width with an ellipsis, so a very long name never runs into the next column.
    static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
            return text;
        var length = text.Length;
        while (length > 1 && gfx.MeasureString(text[..length] + "…", font).Width > width)
            length--;
        return text[..length].TrimEnd() + "…";
    }

    static IEnumerable<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && gfx.MeasureString(candidate, font).Width > width)
            {
                yield return line;
                candidate = word;
            }
            line = candidate;
        }
        yield return Fit(gfx, line, font, width);
    }

    sealed class Fonts
    {
        public readonly XFont Title = new(PdfFonts.Family, 14, XFontStyleEx.Bold);
        public readonly XFont Strong = new(PdfFonts.Family, 10, XFontStyleEx.Bold);
        public readonly XFont Head = new(PdfFonts.Family, 9, XFontStyleEx.Bold);
        public readonly XFont Body = new(PdfFonts.Family, 10, XFontStyleEx.Regular);
        public readonly XFont Small = new(PdfFonts.Family, 8, XFontStyleEx.Regular);
    }
}
