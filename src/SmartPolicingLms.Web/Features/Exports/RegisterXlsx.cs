using System.Runtime.CompilerServices;

namespace SmartPolicingLms.Web.Features.Exports;

// The register as spreadsheet rows for MiniExcel, which streams them into the sheet as they come: hours and scores
// as numbers a spreadsheet can sum, everything else as text. Text is neutralised as in the CSV (CsvDownload), so a
// name typed as a formula shows as that text in every program that opens or converts the file.
internal static class RegisterXlsx
{
    static readonly HashSet<int> Numbers = [9, 10, 11, 12];

    public static async IAsyncEnumerable<IDictionary<string, object?>> Sheet(IAsyncEnumerable<RegisterRow> rows,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var headers = RegisterRow.Headers;
        await foreach (var row in rows.WithCancellation(ct))
        {
            var cells = row.Cells();
            decimal?[] numbers = [row.AttendedHours, row.RequiredHours, row.PreScore, row.PostScore];
            var line = new Dictionary<string, object?>(cells.Length);
            for (var i = 0; i < cells.Length; i++)
                line[headers[i]] = Numbers.Contains(i) ? numbers[i - 9] : CsvDownload.Neutralise(cells[i]);
            yield return line;
        }
    }
}
