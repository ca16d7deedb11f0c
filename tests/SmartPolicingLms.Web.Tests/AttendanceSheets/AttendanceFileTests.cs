using System.Text;
using SmartPolicingLms.Web.Features.AttendanceSheets;

namespace SmartPolicingLms.Web.Tests.AttendanceSheets;

public sealed class AttendanceFileTests
{
    [Theory]
    [InlineData("P", "Present")]
    [InlineData(" present ", "Present")]
    [InlineData("l", "Late")]
    [InlineData("LATE", "Late")]
    [InlineData("a", "Absent")]
    [InlineData("Absent", "Absent")]
    [InlineData("E", "Excused")]
    [InlineData("excused", "Excused")]
    [InlineData("X", null)]
    [InlineData("Presnt", null)]
    [InlineData("", null)]
    public void Marks_are_read_as_words_or_letters_in_any_case(string text, string? expected) =>
        Assert.Equal(expected, AttendanceFile.ParseMark(text)?.ToString());

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+996 555", "'+996 555")]
    [InlineData("-KG 17", "'-KG 17")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Ama Mensah", "Ama Mensah")]
    [InlineData("Mensah, Ama", "\"Mensah, Ama\"")]
    [InlineData("=cmd|' /C calc'!A0, x", "\"'=cmd|' /C calc'!A0, x\"")]
    public void Template_cells_that_a_spreadsheet_would_run_as_formulas_start_with_a_quote(string name, string cell)
    {
        var csv = Encoding.UTF8.GetString(AttendanceFile.Template([new SessionSheet.Recruit(1, name, "GPS-1", null)])[3..]);

        Assert.Equal($"GPS-1,{cell},", csv.Split("\r\n")[1]);
    }

    [Fact]
    public void A_file_without_a_mark_column_is_refused_before_any_line_is_read() =>
        Assert.Equal(["Line 1 has no \"mark\" column. The first line names the columns: service_number, name, mark (download the template to start from)."],
            AttendanceFile.Read(Encoding.UTF8.GetBytes("service_number,name\nGPS-1,Ama\n")).Problems);

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_how_to_save_it() =>
        Assert.Contains("CSV UTF-8", Assert.Single(AttendanceFile.Read([.. "service_number,mark\n"u8, 0xC1, 0xEA, 0xEA, (byte)',', (byte)'P']).Problems));

    [Fact]
    public void Blank_lines_are_skipped_and_each_row_keeps_its_line_number()
    {
        var file = AttendanceFile.Read(Encoding.UTF8.GetBytes("\uFEFFSERVICE NUMBER,Mark\r\nGPS-1,P\r\n,\r\nGPS-2,\r\n"));

        Assert.Equal([new AttendanceRow(2, "GPS-1", "P"), new AttendanceRow(4, "GPS-2", "")], file.Rows);
    }
}
