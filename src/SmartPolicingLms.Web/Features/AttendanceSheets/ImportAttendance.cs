using FluentValidation.Results;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.Enrolment;

namespace SmartPolicingLms.Web.Features.AttendanceSheets;

// A paper sign-in sheet typed up as CSV. All or nothing: every line is checked against the session's roster first,
// and only a file without a single problem is written, through the attendance book like a roll call, so each change
// is logged (source: sheet import) and a frozen cohort's changes carry their reason.
internal static class ImportAttendance
{
    internal sealed record Command(int CohortId, int SessionId, byte[] Content, string? Reason);

    internal sealed record Change(string Name, string ServiceNumber, AttendanceMark? Before, AttendanceMark After);

    internal sealed record Imported(IReadOnlyList<Change> Changes, int Lines);

    static readonly IStringLocalizer T = Localizers.For<AttendanceSheetsStrings>();

    public static string ConflictMessage =>
        T["Someone else was saving this session's attendance at the same moment, so nothing was imported. Upload the file again."];
    public static string NoFileMessage => T["Choose the attendance file to upload."];
    public const int MaxReasonLength = 1000;

    internal sealed class Handler(CurrentPerson person, SessionSheet sheets, AttendanceBook book, RollCallWindow window, AuditLog audit)
    {
        public async Task<Outcome<Imported>> HandleAsync(Command command, CancellationToken ct)
        {
            var (sheet, right) = await sheets.HandleAsync(command.CohortId, command.SessionId, ct);
            if (sheet is null)
                return Outcome<Imported>.Refused(CohortAccess.RefusalFor(right)!);
            if (AttendanceBook.Refusal(sheet.State, command.Reason) is { } refused)
                return Outcome<Imported>.Invalid(nameof(Command.Reason), refused);
            if (command.Reason?.Trim().Length > MaxReasonLength)
                return Outcome<Imported>.Invalid(nameof(Command.Reason), T["The reason is longer than {0} characters.", MaxReasonLength]);
            // A sheet typed up before the session has happened would record hours not yet taught.
            if (await window.RefusalAsync(command.SessionId, ct) is { } notOpen)
                return Outcome<Imported>.Invalid("", notOpen);

            var file = AttendanceFile.Read(command.Content);
            if (file.Problems.Count > 0)
                return Outcome<Imported>.Invalid(file.Problems.Select(p => new ValidationFailure("", p)));
            var (marks, problems) = Check(file.Rows, sheet.Recruits);
            if (problems.Count > 0)
                return Outcome<Imported>.Invalid(problems.Select(p => new ValidationFailure("", p)));

            var byId = sheet.Recruits.ToDictionary(r => r.EnrollmentId);
            if (marks.All(m => byId[m.Key].Mark == m.Value))
                return Outcome<Imported>.Ok(new Imported([], file.Rows.Count));

            // An import overwrites on purpose (it shows what it changed), so it is not based on a version; a save
            // that collides with another one at the same instant writes nothing and is tried once more.
            for (var attempt = 0; attempt < 2; attempt++)
            {
                var write = await book.RecordAsync(command.SessionId, null, marks, AttendanceSource.SheetImport, person.UserId,
                    command.Reason, ct, alongside: _ => audit.Record(person.UserId, command.CohortId, AuditSubjects.Attendance, AuditAction.SignInSheetImported,
                        null, new { command.SessionId, Marks = marks.Count }));
                if (write.Refused is { } rosterChanged)
                    return Outcome<Imported>.Invalid("", rosterChanged);
                if (!write.Conflicted)
                    return Outcome<Imported>.Ok(new Imported(
                        [.. write.Written.Select(w => new Change(byId[w.EnrollmentId].Name, byId[w.EnrollmentId].Identifier, w.Before, w.After))
                            .OrderBy(c => c.Name, StringComparer.InvariantCultureIgnoreCase)],
                        file.Rows.Count));
            }
            return Outcome<Imported>.Conflict(ConflictMessage);
        }

        // Every line is checked, so the instructor sees all the problems of a file at once, in its order.
        static (Dictionary<int, AttendanceMark> Marks, List<string> Problems) Check(
            IReadOnlyList<AttendanceRow> rows, IReadOnlyList<SessionSheet.Recruit> roster)
        {
            var recruits = roster.Where(r => r.Identifier.Length > 0)
                .GroupBy(r => Fold(r.Identifier)).ToDictionary(g => g.Key, g => g.First());
            var seen = new Dictionary<string, int>();
            var marks = new Dictionary<int, AttendanceMark>();
            var problems = new List<string>();
            if (rows.Count == 0)
                problems.Add(T["The file has a header line but no recruits under it."]);
            foreach (var row in rows)
            {
                var mark = AttendanceFile.ParseMark(row.Mark);
                if (row.Mark.Length > 0 && mark is null)
                    problems.Add(T["Line {0}, mark: \"{1}\" is not a mark; use Present, Late, Absent or Excused (or P, L, A, E), or leave it blank to keep the recruit's mark.", row.Line, row.Mark]);

                var key = Fold(row.ServiceNumber);
                if (key.Length == 0)
                    problems.Add(T["Line {0}, service_number: the service number is missing.", row.Line]);
                else if (seen.TryGetValue(key, out var first))
                    problems.Add(T["Line {0}, service_number: {1} is on line {2} already; each recruit goes on one line.", row.Line, row.ServiceNumber, first]);
                else if (!recruits.TryGetValue(key, out var recruit))
                    problems.Add(T["Line {0}, service_number: {1} is not on this session's roster.", row.Line, row.ServiceNumber]);
                else if (mark is { } given)
                    marks[recruit.EnrollmentId] = given;
                if (key.Length > 0)
                    seen.TryAdd(key, row.Line);
            }
            return (marks, problems);
        }

        // Service numbers compare as the roster import compares them (case and spacing ignored); an email, used for a
        // recruit without a service number, compares without case the same way.
        static string Fold(string identifier) => RecruitNames.ServiceNumber(identifier) ?? "";
    }
}
