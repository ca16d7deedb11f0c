using PdfSharp.Drawing;

namespace SmartPolicingLms.Web.Pdf;

// Text that must stay inside its band: drawn at the size asked for when it fits, otherwise wrapped onto more lines and
// made smaller step by step until it does, so a long name or title never runs into what is drawn beside it. A word
// wider than the band on its own is broken between letters. Below the smallest size, the lines that fit are drawn and
// the last one ends in an ellipsis: the stored limits on names and titles keep real text from reaching that.
internal static class PdfText
{
    public const double MinSize = 6;
    const double Step = 0.5;

    public static void Fit(XGraphics gfx, string text, XRect band, double size, bool bold, XBrush brush, XStringFormat? format = null)
    {
        format ??= XStringFormats.TopCenter;
        for (var current = size; ; current -= Step)
        {
            var font = new XFont(PdfFonts.Family, current, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
            var lineHeight = font.GetHeight();
            var lines = Wrap(gfx, text, font, band.Width);
            var fits = lines.Count * lineHeight <= band.Height + 0.01;
            if (!fits && current - Step >= MinSize)
                continue;
            if (!fits)
                lines = Cut(gfx, lines, font, band.Width, Math.Max(1, (int)(band.Height / lineHeight)));
            for (var i = 0; i < lines.Count; i++)
                gfx.DrawString(lines[i], font, brush, new XRect(band.X, band.Y + i * lineHeight, band.Width, lineHeight), format);
            return;
        }
    }

    static List<string> Wrap(XGraphics gfx, string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (Width(gfx, candidate, font) <= width)
            {
                line = candidate;
                continue;
            }
            if (line.Length > 0)
                lines.Add(line);
            line = word;
            while (line.Length > 1 && Width(gfx, line, font) > width)
            {
                var fit = LongestFit(gfx, line, font, width);
                lines.Add(line[..fit]);
                line = line[fit..];
            }
        }
        if (line.Length > 0)
            lines.Add(line);
        return lines;
    }

    // How many of the word's first characters fit the width (at least one, and never half of a surrogate pair).
    static int LongestFit(XGraphics gfx, string word, XFont font, double width)
    {
        var fit = 1;
        while (fit < word.Length && Width(gfx, word[..(fit + 1)], font) <= width)
            fit++;
        if (fit < word.Length && fit > 1 && char.IsHighSurrogate(word[fit - 1]))
            fit--;
        return fit;
    }

    static List<string> Cut(XGraphics gfx, List<string> lines, XFont font, double width, int keep)
    {
        var kept = lines.Take(keep).ToList();
        var last = kept[^1];
        while (last.Length > 0 && Width(gfx, last + "…", font) > width)
            last = last[..^1];
        kept[^1] = last + "…";
        return kept;
    }

    static double Width(XGraphics gfx, string text, XFont font) => gfx.MeasureString(text, font).Width;
}
