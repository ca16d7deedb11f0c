using System.Text;
using CsvHelper;

namespace SmartPolicingLms.Web.Forms;

// Opens an uploaded CSV the way instructors' spreadsheets save one: UTF-8 with or without a byte-order mark, the
// separator detected (a spreadsheet set to semicolons reads as well), header names compared by their letters only,
// in any case, so "Service number", "service_number" and "SERVICE NUMBER" are one column. Problems come back as
// messages an instructor can act on, never exceptions; reading the rows is the caller's.
internal static class CsvUpload
{
    static readonly IStringLocalizer S = Localizers.For<FormsStrings>();

    public static T Read<T>(byte[] content, Func<CsvReader, T> readRows, Func<string, T> failed)
    {
        if (LooksLikeUtf16(content))
            return failed(S["The file is saved as UTF-16 (\"Unicode text\"), not UTF-8. In the spreadsheet, save it as \"CSV UTF-8\" and upload it again."]);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return failed(S["The file is not UTF-8 text. In the spreadsheet, save it as \"CSV UTF-8\" and upload it again."]);
        }
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            NormalizeHeaderName = name => new string([.. name.Where(char.IsLetter).Select(char.ToLowerInvariant)]),
        };
        try
        {
            using var csv = CsvReader.FromText(text, options);
            return readRows(csv);
        }
        catch (CsvFormatException problem)
        {
            return failed(S["Line {0}: the quotes in this line are not balanced; check it in a text editor.", problem.LineNumber]);
        }
    }

    // UTF-16 with a byte-order mark, or without one: plain text then has a zero byte beside most letters, which UTF-8
    // would read as NUL characters between them rather than refuse.
    static bool LooksLikeUtf16(byte[] content)
    {
        if (content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
            return true;
        var sample = content.AsSpan(0, Math.Min(content.Length, 4096));
        if (sample.Length < 4)
            return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
            if (sample[i] == 0)
                _ = i % 2 == 0 ? evenZeros++ : oddZeros++;
        return Math.Max(evenZeros, oddZeros) > sample.Length / 4;
    }

    // A cell's trimmed text; a short line simply lacks its last cells.
    public static string Field(CsvReader csv, int index) => index < csv.FieldCount ? csv.GetString(index).Trim() : "";
}
