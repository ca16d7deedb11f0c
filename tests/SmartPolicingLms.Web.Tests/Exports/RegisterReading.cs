using System.Text;
using CsvHelper;
using SmartPolicingLms.Web.Features.Exports;

namespace SmartPolicingLms.Web.Tests.Exports;

// A downloaded register read back as a spreadsheet program would: the byte-order mark checked, then each line's
// cells under the header row's names.
internal static class RegisterReading
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Csv(byte[] file)
    {
        Assert.Equal(Encoding.UTF8.GetPreamble(), file[..3]);
        using var csv = CsvReader.FromText(Encoding.UTF8.GetString(file[3..]), CsvReaderOptions.Default with { HasHeader = false });
        Assert.True(csv.Read());
        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToList();
        Assert.Equal(RegisterRow.Headers, headers);
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            Assert.Equal(headers.Count, csv.FieldCount);
            rows.Add(headers.Select((h, i) => (h, csv.GetString(i))).ToDictionary(c => c.h, c => c.Item2));
        }
        return rows;
    }
}
