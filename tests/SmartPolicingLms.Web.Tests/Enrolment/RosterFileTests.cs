using System.Text;
using SmartPolicingLms.Web.Features.Enrolment;

namespace SmartPolicingLms.Web.Tests.Enrolment;

public sealed class RosterFileTests
{
    [Fact]
    public void Columns_are_found_by_name_in_any_order_case_and_spelling()
    {
        var file = Read("\uFEFFE-mail;Service_Number;NAME\nkofi@example.org;GPS 1;Kofi Boateng\n");

        var row = Assert.Single(file.Rows);
        Assert.Equal(new RosterRow(2, "Kofi Boateng", "GPS 1", "kofi@example.org"), row);
    }

    [Fact]
    public void Line_numbers_count_the_lines_of_the_file_not_the_records()
    {
        var file = Read("name,email\n\"Ama\nMensah\",a@example.org\n\nKofi,k@example.org\n,,\n");

        Assert.Equal([2, 5], file.Rows.Select(r => r.Line));
        Assert.Equal("Ama\nMensah", file.Rows[0].Name);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_what_to_do()
    {
        var file = RosterFile.Read([.. "name,email\nJos"u8.ToArray(), 0xE9, .. ",j@example.org\n"u8.ToArray()]);

        Assert.Contains("save it as \"CSV UTF-8\"", Assert.Single(file.Problems));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-16 without a byte-order mark")]
    public void A_file_saved_as_utf16_is_refused_saying_to_save_it_as_utf8(string saved)
    {
        const string roster = "name,email\nAma Mensah,ama@example.org\nKofi Boateng,kofi@example.org\n";
        var content = saved switch
        {
            "utf-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(roster)],
            "utf-16BE" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(roster)],
            _ => Encoding.Unicode.GetBytes(roster),
        };

        var file = RosterFile.Read(content);

        Assert.Empty(file.Rows);
        Assert.Contains("UTF-16", Assert.Single(file.Problems));
        Assert.Contains("save it as \"CSV UTF-8\"", file.Problems[0]);
    }

    [Fact]
    public void Unbalanced_quotes_are_reported_with_their_line()
    {
        var file = Read("name,email\nAma,a@example.org\n\"Kofi,k@example.org\n");

        Assert.StartsWith("Line 3:", Assert.Single(file.Problems));
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("email\na@example.org\n", "no \"name\" column")]
    [InlineData("name\nAma\n", "neither a \"service number\" nor an \"email\" column")]
    [InlineData("name,email\n", "no recruits under it")]
    public void A_file_without_the_columns_or_rows_it_needs_says_so(string csv, string message)
    {
        Assert.Contains(message, Assert.Single(Read(csv).Problems));
    }

    [Theory]
    [InlineData("GPS 2026/014", "GPS-2026-014")]
    [InlineData("  kg-77 ", "kg-77")]
    [InlineData("№ 12", "12")]
    [InlineData("///", "recruit")]
    public void A_sign_in_name_keeps_the_letters_and_digits_of_the_service_number(string serviceNumber, string name)
    {
        Assert.Equal(name, RecruitNames.SignInNameFor(serviceNumber));
    }

    static RosterFile.Result Read(string csv) => RosterFile.Read(Encoding.UTF8.GetBytes(csv));
}
