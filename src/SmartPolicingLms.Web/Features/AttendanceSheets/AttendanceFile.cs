using System.Text;
using CsvHelper;
using SmartPolicingLms.Web.Features.Enrolment;

namespace SmartPolicingLms.Web.Features.AttendanceSheets;

// One data row of an attendance file, with the line of the file it starts on, for messages an instructor can find.
internal sealed record AttendanceRow(int Line, string ServiceNumber, string Mark);

// The attendance CSV: columns service_number, name and mark. The template is written prefilled with the session's
// roster; an upload is read back the way the roster import reads its files (UTF-8, the separator detected, header
// names in any case and with or without spaces or underscores). Problems come back as messages, never exceptions.
internal static class AttendanceFile
{
    public const string ServiceNumberColumn = "service_number";
    public const string MarkColumn = "mark";
    public const int MaxBytes = RosterFile.MaxBytes;
    public const int MaxRows = RosterFile.MaxRows;

    internal sealed record Result(IReadOnlyList<AttendanceRow> Rows, IReadOnlyList<string> Problems);

    // Written as every CSV download is (CsvDownload): BOM, formulas neutralised, separators quoted.
    public static byte[] Template(IEnumerable<SessionSheet.Recruit> recruits)
    {
        var csv = new StringBuilder($"{ServiceNumberColumn},name,{MarkColumn}\r\n");
        foreach (var recruit in recruits)
            csv.Append(CsvDownload.Cell(recruit.Identifier)).Append(',').Append(CsvDownload.Cell(recruit.Name)).Append(',')
                .Append(recruit.Mark?.ToString() ?? "").Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static AttendanceMark? ParseMark(string text) => text.Trim().ToUpperInvariant() switch
    {
        "P" or "PRESENT" => AttendanceMark.Present,
        "L" or "LATE" => AttendanceMark.Late,
        "A" or "ABSENT" => AttendanceMark.Absent,
        "E" or "EXCUSED" => AttendanceMark.Excused,
        _ => null,
    };

    public static Result Read(byte[] content) => CsvUpload.Read(content, ReadRows, Failed);

    static Result ReadRows(CsvReader csv)
    {
        const string columns = "The first line names the columns: service_number, name, mark (download the template to start from).";
        if (csv.Headers.Count == 0)
            return Failed($"The file is empty. {columns}");
        var hasService = csv.TryGetFieldIndex("servicenumber", out var service);
        var hasMark = csv.TryGetFieldIndex("mark", out var mark);
        if (!hasService || !hasMark)
            return Failed($"Line 1 has no \"{(hasService ? MarkColumn : ServiceNumberColumn)}\" column. {columns}");

        var rows = new List<AttendanceRow>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows)
                return Failed($"The file has more than {MaxRows} lines of recruits; a session's roster is far smaller. Is it the right file?");
            var row = new AttendanceRow((int)csv.LineNumber, CsvDownload.Restore(CsvUpload.Field(csv, service)), CsvUpload.Field(csv, mark));
            // Spreadsheets export blank rows below the data as ",,".
            if (row is not { ServiceNumber: "", Mark: "" } || !BlankLine(csv))
                rows.Add(row);
        }
        return new Result(rows, []);
    }

    static bool BlankLine(CsvReader csv) => Enumerable.Range(0, csv.FieldCount).All(i => csv.GetString(i).Trim().Length == 0);

    static Result Failed(string problem) => new([], [problem]);
}
