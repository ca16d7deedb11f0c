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

    static readonly IStringLocalizer T = Localizers.For<ExportsStrings>();

    // The heads are looked up when a page is drawn, in the language of the request that prints the register.
    static (string Title, double Width)[] Columns =>
    [
        (T["Recruit"], 100), (T["Service number"], 55), (T["Institution"], 70), (T["Cohort"], 70), (T["Course and version"], 85),
        (T["Dates"], 58), (T["Attended hours"], 44), (T["Required hours"], 44), (T["Pre %"], 30), (T["Post %"], 30), (T["Completed"], 44),
        (T["Missing"], 88), (T["Certificate"], 76),
    ];

    static readonly double[] Widths = [.. Columns.Select(c => c.Width)];

    static readonly XPen Rule = new(XColors.Black, 0.5);
    static readonly XBrush HeadFill = new XSolidBrush(XColor.FromGrayScale(0.88));

    public static async Task<byte[]> WriteAsync(IAsyncEnumerable<RegisterRow> rows, string subtitle, CancellationToken ct)
    {
        PdfFonts.Install();
        using var document = new PdfDocument();
        document.Info.Title = T["Completion register"];
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
            gfx.DrawString(T["No recruits in the chosen cohorts."], small, XBrushes.Black, new XRect(Margin + 3, y + 4, 400, 12), XStringFormats.TopLeft);
        gfx.Dispose();

        // The page count is known only now: each page gets its footer afterwards.
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            using var footer = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            footer.DrawString(T["Page {0} of {1}", i + 1, document.PageCount], small, XBrushes.Black,
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
        gfx.DrawString(T["Completion register"], title, XBrushes.Black, new XRect(Margin, Margin, width, 14), XStringFormats.TopLeft);
        gfx.DrawString(subtitle, small, XBrushes.Black, new XRect(Margin, Margin + 16, width, 10), XStringFormats.TopLeft);
        var top = Margin + TitleHeight;
        DrawRow(gfx, top, [.. Columns.Select(c => c.Title)], bold: true, HeadFill, HeadHeight);
        return (gfx, top + HeadHeight, page.Height.Point - Margin - FooterHeight);
    }

    static void DrawRow(XGraphics gfx, double y, IReadOnlyList<string> cells, bool bold, XBrush? fill, double height = RowHeight)
    {
        var x = Margin;
        for (var c = 0; c < Widths.Length; c++)
        {
            var width = Widths[c];
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
        row.RecruitName, row.ServiceNumber ?? "", row.Institution, $"{row.Cohort} ({Word(row.CohortStatus)})",
        T["{0}, version {1}", row.Course, row.CourseVersion],
        $"{Day(row.CohortStart)} – {Day(row.CohortEnd)}", Number(row.AttendedHours), Number(row.RequiredHours),
        Number(row.PreScore), Number(row.PostScore), Word(row.Completed), row.Missing,
        row.CertificateSerial is { } serial ? $"{serial} ({Word(row.CertificateStatus)})" : "",
    ];

    // The register's invariant values as a reader of the printed table reads them in their language.
    static string Word(string? value) => value switch
    {
        RegisterRow.Yes => T["yes"],
        RegisterRow.No => T["no"],
        RegisterRow.NotDecided => T["not decided"],
        RegisterRow.Open => T["open"],
        RegisterRow.Closed => T["closed"],
        "valid" => T["valid"],
        "replaced" => T["replaced"],
        "revoked" => T["revoked"],
        _ => value ?? "",
    };

    static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "";
}
