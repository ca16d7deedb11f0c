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
    static readonly IStringLocalizer T = Localizers.For<AttendanceSheetsStrings>();

    // The template's header is in the reader's language; an upload is read under the column names of any of the
    // interface's languages, so a file typed up in Russian at one desk imports at another set to English.
    public static string ServiceNumberColumn => T["service_number"];
    public static string NameColumn => T["name"];
    public static string MarkColumn => T["mark"];
    public const int MaxBytes = RosterFile.MaxBytes;
    public const int MaxRows = RosterFile.MaxRows;

    internal sealed record Result(IReadOnlyList<AttendanceRow> Rows, IReadOnlyList<string> Problems);

    // Written as every CSV download is (CsvDownload): BOM, formulas neutralised, separators quoted.
    public static byte[] Template(IEnumerable<SessionSheet.Recruit> recruits)
    {
        var csv = new StringBuilder().Append(CsvDownload.Cell(ServiceNumberColumn)).Append(',').Append(CsvDownload.Cell(NameColumn))
            .Append(',').Append(CsvDownload.Cell(MarkColumn)).Append("\r\n");
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
        var columns = T["The first line names the columns: {0}, {1}, {2} (download the template to start from).", ServiceNumberColumn, NameColumn, MarkColumn];
        if (csv.Headers.Count == 0)
            return Failed(T["The file is empty. {0}", columns]);
        var hasService = TryGetColumn(csv, "service_number", out var service);
        var hasMark = TryGetColumn(csv, "mark", out var mark);
        if (!hasService || !hasMark)
            return Failed(T["Line 1 has no \"{0}\" column. {1}", hasService ? MarkColumn : ServiceNumberColumn, columns]);

        var rows = new List<AttendanceRow>();
        while (csv.Read())
        {
            if (rows.Count == MaxRows)
                return Failed(T["The file has more than {0} lines of recruits; a session's roster is far smaller. Is it the right file?", MaxRows]);
            var row = new AttendanceRow((int)csv.LineNumber, CsvDownload.Restore(CsvUpload.Field(csv, service)), CsvUpload.Field(csv, mark));
            // Spreadsheets export blank rows below the data as ",,".
            if (row is not { ServiceNumber: "", Mark: "" } || !BlankLine(csv))
                rows.Add(row);
        }
        return new Result(rows, []);
    }

    // The column under its English name or its name in any interface language, compared as CsvUpload compares headers.
    static bool TryGetColumn(CsvReader csv, string english, out int index)
    {
        foreach (var culture in Languages.Cultures)
        {
            var name = culture.TwoLetterISOLanguageName == Languages.English ? english : Translated(english, culture);
            if (csv.TryGetFieldIndex(new string([.. name.Where(char.IsLetter).Select(char.ToLowerInvariant)]), out index))
                return true;
        }
        index = -1;
        return false;
    }

    static string Translated(string english, System.Globalization.CultureInfo culture)
    {
        var reading = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = culture;
        try
        {
            return T[english];
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = reading;
        }
    }

    static bool BlankLine(CsvReader csv) => Enumerable.Range(0, csv.FieldCount).All(i => csv.GetString(i).Trim().Length == 0);

    static Result Failed(string problem) => new([], [problem]);
}
