using System.Text;
using CsvHelper;

namespace SmartPolicingLms.Web.Tests.Forms;

// Every CSV the LMS hands out opens in a spreadsheet as data: no formula runs, a semicolon never splits a cell, and
// Cyrillic survives because the file says it is UTF-8.
public sealed class CsvDownloadTests
{
    static string Written(params string[] cells)
    {
        using var output = new MemoryStream();
        using (var csv = CsvDownload.Writer(output))
        {
            csv.WriteRecord(cells);
        }
        var bytes = output.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]);
    }

    [Theory]
    [InlineData("Semi;=1+1;x", "\"Semi;=1+1;x\"")]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("+7 700 123", "\"'+7 700 123\"")]
    [InlineData("-1", "\"'-1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("Айгүл, Өмүрбекова", "\"Айгүл, Өмүрбекова\"")]
    [InlineData("KG-00042", "KG-00042")]
    public void A_cell_is_written_so_a_spreadsheet_shows_it_as_text(string cell, string expected)
    {
        Assert.Equal(expected + "\r\n", Written(cell));
        // A file built by hand cell by cell reads as the same cell.
        Assert.Equal(Read(expected), Read(CsvDownload.Cell(cell)));
    }

    static string Read(string line)
    {
        using var reader = CsvReader.FromText(line, CsvReaderOptions.Default with { HasHeader = false });
        Assert.True(reader.Read());
        return reader.GetString(0);
    }

    [Fact]
    public void What_was_written_reads_back_as_one_row_of_the_same_cells_less_the_protecting_apostrophe()
    {
        string[] cells = ["Semi;=1+1;x", "=2+3", "Жаңыл \"Ала\"", "line\nbreak"];
        var text = Written(cells);

        using var reader = CsvReader.FromText(text, CsvReaderOptions.Default with { HasHeader = false });
        Assert.True(reader.Read());
        Assert.Equal(cells.Length, reader.FieldCount);
        Assert.Equal(cells, Enumerable.Range(0, cells.Length).Select(i => CsvDownload.Restore(reader.GetString(i))));
        Assert.False(reader.Read());
    }
}
