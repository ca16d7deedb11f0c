using System.Diagnostics;
using SmartPolicingLms.Web.Features.AttendanceSheets;
using UglyToad.PdfPig;

namespace SmartPolicingLms.Web.Tests.AttendanceSheets;

// Reads a sign-in sheet back: its text page by page (PdfPig), and the verdicts of the command-line tools a printer
// shop or archive would use (qpdf, pdftotext).
internal static class SheetPdf
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(page => string.Join(' ', page.GetWords().Select(w => w.Text)))];
    }

    public static string Text(byte[] pdf) => string.Join('\n', Pages(pdf));

    public static SessionSheet.Sheet Sheet(IEnumerable<SessionSheet.Recruit> recruits) => new(
        CohortId: 7, SessionId: 11, CohortName: "Bishkek spring intake", State: CohortState.InProgress, Institution: "Police Academy of Bishkek",
        TimeZoneId: "Asia/Bishkek", CourseTitle: "Harm reduction for police", VersionNumber: 2, VersionLabel: "2026-03",
        ModuleNumber: 4, ModuleTitle: "Working with outreach teams", IsMakeUp: false,
        LocalStart: new DateTime(2026, 5, 4, 9, 0, 0), LocalEnd: new DateTime(2026, 5, 4, 12, 0, 0), Location: "Hall 2",
        Instructors: ["Aibek Sadyrov", "Mira Ivanova"],
        Slots: [new("Co-trainer", "Sex workers", "Tais Plus"), new("Co-trainer", "People who use drugs", "open"), new("Lead trainer", "Either", "waived")],
        Recruits: [.. recruits]);

    public static IEnumerable<SessionSheet.Recruit> Numbered(int count) =>
        Enumerable.Range(1, count).Select(i => new SessionSheet.Recruit(i, $"Recruit {i:D3}", $"KG-{i:D4}", null));

    // Runs a checking tool on the PDF. Skipped, naming the tool, where it is not installed, except on CI (CI=true),
    // where a missing tool fails the test instead of quietly checking nothing.
    public static (int ExitCode, string Output) Run(string tool, string arguments, byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"sheet-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, arguments.Replace("{pdf}", path))
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            })!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + errors.Result);
        }
        catch (System.ComponentModel.Win32Exception) when (Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip.If(true, $"{tool} is not installed here (apt-get install -y {(tool == "qpdf" ? "qpdf" : "poppler-utils")}); the check was not run.");
            throw;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
