using CsvHelper;

namespace SmartPolicingLms.Web.Features.Enrolment;

// One data row of a roster, with the line of the file it starts on, for messages an instructor can find.
internal sealed record RosterRow(int Line, string Name, string? ServiceNumber, string? Email);

// Reads an uploaded roster: UTF-8 CSV with a header row naming the columns "name", and "service number" and/or
// "email" (in any order, any case, with or without spaces or underscores); the separator is detected, so a file
// saved by a spreadsheet set to use semicolons reads as well. Problems come back as messages, never exceptions.
internal static class RosterFile
{
    static readonly IStringLocalizer T = Localizers.For<EnrolmentStrings>();

    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 2000;

    internal sealed record Result(IReadOnlyList<RosterRow> Rows, IReadOnlyList<string> Problems);

    public static Result Read(byte[] content) => CsvUpload.Read(content, ReadRows, Failed);

    static Result ReadRows(CsvReader csv)
    {
        if (csv.Headers.Count == 0)
            return Failed(T["The file is empty. The first line names the columns: name, service number, email."]);
        if (!csv.TryGetFieldIndex("name", out var name))
            return Failed(T["Line 1 has no \"name\" column. The first line names the columns: name, service number, email."]);
        var hasService = csv.TryGetFieldIndex("servicenumber", out var service);
        var hasEmail = csv.TryGetFieldIndex("email", out var email);
        if (!hasService && !hasEmail)
            return Failed(T["Line 1 has neither a \"service number\" nor an \"email\" column; the roster needs at least one of them."]);

        var rows = new List<RosterRow>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows)
                return Failed(T["The file has more than {0} recruits; split it into smaller files.", MaxRows]);
            var row = new RosterRow((int)csv.LineNumber, CsvUpload.Field(csv, name),
                hasService ? CsvUpload.Field(csv, service) : "", hasEmail ? CsvUpload.Field(csv, email) : "");
            // Spreadsheets export blank rows below the data as ",,".
            if (row is not { Name: "", ServiceNumber: "", Email: "" })
                rows.Add(row);
        }
        return rows.Count == 0 ? Failed(T["The file has a header line but no recruits under it."]) : new Result(rows, []);
    }

    static Result Failed(string problem) => new([], [problem]);
}
