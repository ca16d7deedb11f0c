using System.Text;
using CsvHelper;

namespace SmartPolicingLms.Web.Features.Enrolment;

// One data row of a roster, with the line of the file it starts on, for messages an instructor can find.
internal sealed record RosterRow(int Line, string Name, string? ServiceNumber, string? Email);

// Reads an uploaded roster: UTF-8 CSV with a header row naming the columns "name", and "service number" and/or
// "email" (in any order, any case, with or without spaces or underscores); the separator is detected, so a file
// saved by a spreadsheet set to use semicolons reads as well. Problems come back as messages, never exceptions.
internal static class RosterFile
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 2000;

    internal sealed record Result(IReadOnlyList<RosterRow> Rows, IReadOnlyList<string> Problems);

    public static Result Read(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Failed("The file is not UTF-8 text. In the spreadsheet, save it as \"CSV UTF-8\" and upload it again.");
        }
        var options = CsvReaderOptions.Default with
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            NormalizeHeaderName = name => new string([.. name.Where(char.IsLetter)]),
        };
        try
        {
            using var csv = CsvReader.FromText(text, options);
            return ReadRows(csv);
        }
        catch (CsvFormatException problem)
        {
            return Failed($"Line {problem.LineNumber}: the quotes in this line are not balanced; check it in a text editor.");
        }
    }

    static Result ReadRows(CsvReader csv)
    {
        if (csv.Headers.Count == 0)
            return Failed("The file is empty. The first line names the columns: name, service number, email.");
        if (!csv.TryGetFieldIndex("name", out var name))
            return Failed("Line 1 has no \"name\" column. The first line names the columns: name, service number, email.");
        var hasService = csv.TryGetFieldIndex("servicenumber", out var service);
        var hasEmail = csv.TryGetFieldIndex("email", out var email);
        if (!hasService && !hasEmail)
            return Failed("Line 1 has neither a \"service number\" nor an \"email\" column; the roster needs at least one of them.");

        var rows = new List<RosterRow>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows)
                return Failed($"The file has more than {MaxRows} recruits; split it into smaller files.");
            var row = new RosterRow((int)csv.LineNumber, Field(csv, name),
                hasService ? Field(csv, service) : "", hasEmail ? Field(csv, email) : "");
            // Spreadsheets export blank rows below the data as ",,".
            if (row is not { Name: "", ServiceNumber: "", Email: "" })
                rows.Add(row);
        }
        return rows.Count == 0 ? Failed("The file has a header line but no recruits under it.") : new Result(rows, []);
    }

    static string Field(CsvReader csv, int index) => index < csv.FieldCount ? csv.GetString(index).Trim() : "";

    static Result Failed(string problem) => new([], [problem]);
}
