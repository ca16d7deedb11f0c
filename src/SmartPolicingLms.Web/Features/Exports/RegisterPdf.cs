using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace SmartPolicingLms.Web.Features.Exports;

// The register as a printed table: A4 landscape, the title and the column heads on every page, one row per recruit,
// a long name or a long list of what is missing wrapped and made smaller to stay in its cell (PdfText), and
// "Page n of m" at the foot. PDFsharp holds the document until it is saved, so the file is written whole at the end.
internal static class RegisterPdf
{
    const double Margin = 24;
    const double TitleHeight = 30;
    const double HeadHeight = 22;
    const double RowHeight = 26;
    const double FooterHeight = 16;
    const double CellSize = 7.5;
    // Heads a little smaller, so "Attended hours" wraps between its words rather than inside one.
    const double HeadSize = 7;

    static readonly (string Title, double Width)[] Columns =
    [
        ("Recruit", 100), ("Service number", 55), ("Institution", 70), ("Cohort", 70), ("Course and version", 85),
        ("Dates", 58), ("Attended hours", 44), ("Required hours", 44), ("Pre %", 30), ("Post %", 30), ("Completed", 44),
        ("Missing", 88), ("Certificate", 76),
    ];

    static readonly XPen Rule = new(XColors.Black, 0.5);
    static readonly XBrush HeadFill = new XSolidBrush(XColor.FromGrayScale(0.88));

    public static async Task<byte[]> WriteAsync(IAsyncEnumerable<RegisterRow> rows, string subtitle, CancellationToken ct)
    {
        PdfFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = "Completion register";
        document.Options.CompressContentStreams = false;
        var title = new XFont(PdfFonts.Family, 12, XFontStyleEx.Bold);
        var small = new XFont(PdfFonts.Family, 8, XFontStyleEx.Regular);

        XGraphics? gfx = null;
        var y = 0d;
        var bottom = 0d;
        var any = false;
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (gfx is null || y + RowHeight > bottom)
                (gfx, y, bottom) = NewPage(document, gfx, title, small, subtitle);
            DrawRow(gfx, y, Cells(row), bold: false, fill: null);
            y += RowHeight;
            any = true;
        }
        if (gfx is null)
            (gfx, y, _) = NewPage(document, gfx, title, small, subtitle);
        if (!any)
            gfx.DrawString("No recruits in the chosen cohorts.", small, XBrushes.Black, new XRect(Margin + 3, y + 4, 400, 12), XStringFormats.TopLeft);
        gfx.Dispose();

        // The page count is known only now: each page gets its footer afterwards.
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var footer = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            footer.DrawString($"Page {i + 1} of {document.PageCount}", small, XBrushes.Black,
                new XRect(Margin, page.Height.Point - Margin - FooterHeight + 4, page.Width.Point - 2 * Margin, FooterHeight), XStringFormats.TopRight);
        }
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    static (XGraphics Graphics, double Top, double Bottom) NewPage(PdfDocument document, XGraphics? previous, XFont title, XFont small, string subtitle)
    {
        previous?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - 2 * Margin;
        gfx.DrawString("Completion register", title, XBrushes.Black, new XRect(Margin, Margin, width, 14), XStringFormats.TopLeft);
        gfx.DrawString(subtitle, small, XBrushes.Black, new XRect(Margin, Margin + 16, width, 10), XStringFormats.TopLeft);
        var top = Margin + TitleHeight;
        DrawRow(gfx, top, [.. Columns.Select(c => c.Title)], bold: true, HeadFill, HeadHeight);
        return (gfx, top + HeadHeight, page.Height.Point - Margin - FooterHeight);
    }

    static void DrawRow(XGraphics gfx, double y, IReadOnlyList<string> cells, bool bold, XBrush? fill, double height = RowHeight)
    {
        var x = Margin;
        for (var c = 0; c < Columns.Length; c++)
        {
            var width = Columns[c].Width;
            if (fill is not null)
                gfx.DrawRectangle(Rule, fill, x, y, width, height);
            else
                gfx.DrawRectangle(Rule, x, y, width, height);
            if (cells[c].Length > 0)
                PdfText.Fit(gfx, cells[c], new XRect(x + 2, y + 2, width - 4, height - 4), bold ? HeadSize : CellSize, bold, XBrushes.Black,
                    XStringFormats.TopLeft);
            x += width;
        }
    }

    static string[] Cells(RegisterRow row) =>
    [
        row.RecruitName, row.ServiceNumber ?? "", row.Institution, $"{row.Cohort} ({row.CohortStatus})",
        $"{row.Course}, version {row.CourseVersion}",
        $"{Day(row.CohortStart)} – {Day(row.CohortEnd)}", Number(row.AttendedHours), Number(row.RequiredHours),
        Number(row.PreScore), Number(row.PostScore), row.Completed, row.Missing,
        row.CertificateSerial is { } serial ? $"{serial} ({row.CertificateStatus})" : "",
    ];

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "";
}
