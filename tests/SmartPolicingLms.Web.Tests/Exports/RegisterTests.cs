using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SmartPolicingLms.Web.Features.CohortBoard;
using SmartPolicingLms.Web.Features.CohortResults;
using SmartPolicingLms.Web.Features.Exports;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Exports;

// The completion register a ministry or donor receives: the same figures the cohort pages show, one line per active
// recruit, in files that open as data in any spreadsheet program, for the cohorts the program officer reports on.
public abstract class RegisterTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_register_shows_what_the_results_page_and_the_completion_records_show_for_each_cohort()
    {
        var scene = await ExportScene.CreateAsync(Factory);
        var visitor = await scene.Closed.SignedInAsync(scene.ProgramOfficer);

        var rows = RegisterReading.Csv(await FileAsync(visitor, ReportLinks.RegisterCsv + scene.BothCohorts, Factory.Logs));

        Assert.Equal(4, rows.Count);
        var records = await scene.Closed.RecordsAsync();
        foreach (var world in new[] { scene.Closed, scene.Open })
        {
            var (results, _) = await Factory.AsAsync(scene.ProgramOfficer, s => s.GetRequiredService<ShowResults>().HandleAsync(world.CohortId, default));
            var (board, _) = await Factory.AsAsync(scene.ProgramOfficer, s => s.GetRequiredService<ShowCohortBoard>().HandleAsync(world.CohortId, default));
            var ofCohort = rows.Where(r => r["Cohort"] == results!.CohortName).ToList();
            Assert.Equal(results!.Recruits.Select(r => (r.Name, Number(r.Pre), Number(r.Post))),
                ofCohort.Select(r => (r["Recruit"], r["Pre-test score (%)"], r["Post-test score (%)"])));
            Assert.Equal(board!.Recruits.Select(r => (r.Name, Number(r.AttendedHours), Number(r.RequiredHours))),
                ofCohort.Select(r => (r["Recruit"], r["Attended hours"], r["Required hours"])));
        }
        var closed = rows.Where(r => r["Cohort status"] == "closed").ToList();
        Assert.Equal(2, closed.Count);
        Assert.Equal(records.Select(r => (Number(r.AttendedHours), Number(r.RequiredHours), r.Completed ? "yes" : "no")).Order(),
            closed.Select(r => (r["Attended hours"], r["Required hours"], r["Completed"])).Order());
        var certificate = await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.EnrollmentId == scene.Certified));
        Assert.Contains(closed, r => r["Certificate serial"] == certificate.Serial && r["Certificate status"] == "valid" && r["Missing"] == "");
        Assert.Contains(closed, r => r["Completed"] == "no" && r["Missing"].Contains("post-test") && r["Certificate serial"] == "");
        var open = rows.Where(r => r["Cohort status"] == "open").ToList();
        Assert.Equal(2, open.Count);
        Assert.All(open, r => Assert.Equal("not decided", r["Completed"]));
        Assert.Contains(open, r => r["Pre-test score (%)"] == "20" && r["Post-test score (%)"] == "" && r["Missing"].Contains("post-test"));
    }

    [SkippableFact]
    public async Task Names_that_look_like_formulas_stay_text_in_one_cell_and_Cyrillic_survives_in_csv_and_xlsx()
    {
        var scene = await ExportScene.CreateAsync(Factory);
        await ExportScene.RenameAsync(Factory, scene.Certified, "=HYPERLINK(\"x\")", "KG-0001");
        await ExportScene.RenameAsync(Factory, scene.Failed, "Semi;=1+1;x", "+996 555");
        await ExportScene.RenameAsync(Factory, scene.OnTrack, "Айгүл Өмүрбекова Ңтест");
        var visitor = await scene.Closed.SignedInAsync(scene.ProgramOfficer);

        var csv = RegisterReading.Csv(await FileAsync(visitor, ReportLinks.RegisterCsv + scene.BothCohorts, Factory.Logs));
        var xlsx = MiniExcel.Query(new MemoryStream(await FileAsync(visitor, ReportLinks.RegisterXlsx + scene.BothCohorts, Factory.Logs)), useHeaderRow: true)
            .Cast<IDictionary<string, object?>>().ToList();

        string[] expected = ["'=HYPERLINK(\"x\")", "Semi;=1+1;x", "Айгүл Өмүрбекова Ңтест"];
        Assert.All(expected, name => Assert.Contains(csv, r => r["Recruit"] == name));
        Assert.Contains(csv, r => r["Service number"] == "'+996 555");
        Assert.Equal(csv.Select(r => r["Recruit"]), xlsx.Select(r => r["Recruit"]?.ToString()));
        Assert.Equal(csv.Select(r => r["Service number"]), xlsx.Select(r => r["Service number"]?.ToString() ?? ""));
        Assert.Equal(csv.Select(r => r["Attended hours"]),
            xlsx.Select(r => Convert.ToDecimal(r["Attended hours"], CultureInfo.InvariantCulture).ToString("0.##", CultureInfo.InvariantCulture)));
    }

    [SkippableFact]
    public async Task Each_export_is_in_the_audit_log_with_its_scope_format_and_row_count()
    {
        var scene = await ExportScene.CreateAsync(Factory);
        var visitor = await scene.Closed.SignedInAsync(scene.ProgramOfficer);

        await FileAsync(visitor, ReportLinks.RegisterXlsx + $"?institution={scene.Open.InstitutionId}", Factory.Logs);

        var entry = await Factory.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.UserId == scene.ProgramOfficer.Id && e.Subject == AuditSubject.Export));
        Assert.Equal(ServeExports.RegisterAction, entry.Action);
        Assert.Contains($"\"InstitutionId\":{scene.Open.InstitutionId}", entry.After);
        Assert.Contains("\"Format\":\"xlsx\"", entry.After);
        Assert.Contains("\"Rows\":2", entry.After);
    }

    [SkippableFact]
    public async Task A_program_officer_cannot_export_an_institution_they_do_not_follow_and_an_unreadable_scope_says_why()
    {
        var scene = await ExportScene.CreateAsync(Factory);
        var visitor = await scene.Closed.SignedInAsync(scene.ProgramOfficer);

        var unfollowed = await visitor.GetAsync(ReportLinks.RegisterCsv + $"?institution={scene.Unfollowed}");
        var unreadable = await visitor.GetAsync(ReportLinks.RegisterCsv + "?from=31-12-2026");

        Assert.Equal(HttpStatusCode.NotFound, unfollowed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
        Assert.Contains("31-12-2026", await unreadable.Content.ReadAsStringAsync());
    }

    static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "";

    internal static async Task<byte[]> FileAsync(Visitor visitor, string url, CapturedLogs? logs = null)
    {
        var response = await visitor.GetAsync("/" + url);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {(body.Length < 300 ? System.Text.Encoding.UTF8.GetString(body) : "")} "
            + string.Join("\n", logs?.Messages(Microsoft.Extensions.Logging.LogLevel.Error) ?? []));
        Assert.True(response.Headers.CacheControl is { NoStore: true, Private: true }, $"Cache-Control: {response.Headers.CacheControl}");
        return body;
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RegisterTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RegisterTests(factory), IClassFixture<PostgresLmsFactory>;
}
