using System.Text;
using CsvHelper;

namespace SmartPolicingLms.Web.Forms;

// How every CSV the LMS hands out is written, so a spreadsheet opens it as text and data, never as formulas:
// RFC 4180 by CsvHelper's writer, UTF-8 with a byte-order mark (spreadsheet programs otherwise guess a code page and
// garble Cyrillic), CRLF line ends, and
// - any cell that a spreadsheet would run as a formula (one starting with = + - @, a tab or a carriage return) gets a
//   leading apostrophe, which shows it as text (and is quoted);
// - any cell containing a comma, a semicolon, a quote or a line break is quoted: a Russian-locale spreadsheet splits
//   on semicolons, so "Semi;=1+1;x" unquoted would become three cells, one of them a formula.
internal static class CsvDownload
{
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        NewLine = "\r\n",
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        ShouldQuote = (field, _, _, _) => field.IndexOfAny(Separators) >= 0,
    };

    const string Separators = ",;\"\r\n\t";

    // A writer over a stream the caller owns (a response body, a ZIP entry); dispose it to flush.
    public static CsvWriter Writer(Stream output) => CsvWriter.Create(output, Options, leaveOpen: true);

    // The text of a cell as a spreadsheet will show it, never as a formula.
    public static string Neutralise(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";

    // Undoes Neutralise, for files the LMS wrote and an instructor sends back.
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;

    // One cell as written by the writer above, for the few files built by hand.
    public static string Cell(string? value)
    {
        var text = Neutralise(value);
        return text.AsSpan().IndexOfAny(Separators) >= 0 ? $"\"{text.Replace("\"", "\"\"")}\"" : text;
    }
}
