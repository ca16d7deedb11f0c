using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Harness;
using Xunit.Abstractions;

namespace SmartPolicingLms.Web.Tests.AttendanceSheets;

public abstract class AttendanceSheetTests(LmsFactory factory, ITestOutputHelper output) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_sign_in_sheet_lists_the_roster_and_each_slots_organisation_but_never_a_co_trainers_name()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        await world.EnrolAsync(("Үмүт Өмүрбекова", "KG-0001"), ("Ama Mensah", "GPS-0002"), ("Esi Owusu", null));

        var response = await world.Instructor.GetAsync(world.SheetUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Matches(@"^sign-in-sheet-cohort-[a-z0-9-]+-module-3-\d{4}-\d{2}-\d{2}\.pdf$", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, $"Cache-Control: {response.Headers.CacheControl}");
        var text = SheetPdf.Text(await response.Content.ReadAsByteArrayAsync());
        Assert.Multiple(
            () => Assert.Contains($"Module 3: {world.ModuleTitle}", text),
            () => Assert.Contains(world.Location, text),
            () => Assert.Contains($": {world.OrganisationName}", text),
            () => Assert.Contains("Үмүт Өмүрбекова KG-0001", text),
            () => Assert.Contains("Ama Mensah GPS-0002", text),
            () => Assert.Contains("Esi Owusu", text),
            () => Assert.DoesNotContain(world.CoTrainerName, text),
            () => Assert.DoesNotContain("Nurgul", text));
        Assert.True(text.IndexOf("Ama Mensah", StringComparison.Ordinal) < text.IndexOf("Esi Owusu", StringComparison.Ordinal)
            && text.IndexOf("Esi Owusu", StringComparison.Ordinal) < text.IndexOf("Үмүт", StringComparison.Ordinal), "Recruits are sorted by name");
    }

    // How long the request takes is measured by hand: the load runner's sign-in-sheet mode.
    [SkippableFact]
    public async Task A_sheet_of_two_hundred_recruits_is_served_on_numbered_pages_with_every_name()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        await world.EnrolAsync(SheetWorld.Many(60, "A"));
        await world.EnrolAsync(SheetWorld.Many(140, "B"));

        var pages = SheetPdf.Pages(await world.DownloadAsync(world.SheetUrl));

        output.WriteLine($"{Factory}: 200 recruits on {pages.Count} pages");
        Assert.InRange(pages.Count, 6, 12);
        Assert.All(pages.Select((text, i) => (text, i)), page => Assert.Contains($"Page {page.i + 1} of {pages.Count}", page.text));
        var all = string.Join('\n', pages);
        Assert.All(SheetWorld.Many(60, "A").Concat(SheetWorld.Many(140, "B")), r => Assert.Contains($"{r.Name} {r.ServiceNumber}", all));
    }

    [SkippableFact]
    public async Task The_cohort_page_links_each_sessions_sheet_and_import_for_its_instructors_only()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        var officer = NewVisitor();
        await officer.SignInAsync(await People.CreateAsync(Roles.ProgramOfficer, followedInstitutions: [world.Cohort.InstitutionId]));

        var links = (await world.Instructor.OpenAsync($"/cohorts/{world.Cohort.CohortId}")).Links.ToList();
        var officersLinks = (await officer.OpenAsync($"/cohorts/{world.Cohort.CohortId}")).Links.ToList();

        Assert.Contains(world.SheetUrl.TrimStart('/'), links);
        Assert.Contains(world.ImportUrl.TrimStart('/'), links);
        Assert.DoesNotContain(officersLinks, l => l.Contains("sign-in-sheet", StringComparison.Ordinal) || l.Contains("attendance", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_template_lists_the_roster_with_the_marks_recorded_so_far_and_defuses_formulas_in_names()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        var ids = await world.EnrolAsync(("Ama Mensah", "GPS-0001"), ("=HYPERLINK(\"http://x.example\")", "GPS-0002"), ("Бакыт, Уулу", "GPS-0003"));
        await world.MarkAsync(ids[0], AttendanceMark.Late);

        var response = await world.Instructor.GetAsync(world.TemplateUrl);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(
            [
                "service_number,name,mark",
                "GPS-0002,\"'=HYPERLINK(\"\"http://x.example\"\")\",",
                "GPS-0001,Ama Mensah,Late",
                "GPS-0003,\"Бакыт, Уулу\",",
            ],
            Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [SkippableFact]
    public async Task An_import_records_each_changed_mark_in_the_change_log_as_a_sheet_import_and_shows_before_and_after()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        var ids = await world.EnrolAsync(("Ama Mensah", "GPS-0001"), ("Kofi Boateng", "GPS-0002"), ("Yaw Asante", "GPS-0003"), ("Esi Owusu", "GPS-0004"));
        await world.MarkAsync(ids[0], AttendanceMark.Present);
        await world.MarkAsync(ids[2], AttendanceMark.Absent);

        var page = await world.ImportAsync("Service Number;Name;Mark\n gps-0001 ;Ama;late\ngps-0002;Kofi; p \nGPS-0003;Yaw;\nGPS-0004;Esi;Excused\n");

        Assert.Equal([], SheetWorld.Problems(page));
        Assert.Equal(
            ["Ama Mensah | GPS-0001 | Present | Late", "Esi Owusu | GPS-0004 | not marked | Excused", "Kofi Boateng | GPS-0002 | not marked | Present"],
            SheetWorld.Changes(page));
        Assert.Equal(
            new Dictionary<int, AttendanceMark> { [ids[0]] = AttendanceMark.Late, [ids[1]] = AttendanceMark.Present, [ids[2]] = AttendanceMark.Absent, [ids[3]] = AttendanceMark.Excused },
            await world.MarksAsync());
        var imported = (await world.ChangesAsync()).Skip(2).ToList();
        Assert.Equal(3, imported.Count);
        Assert.All(imported, c => Assert.Equal((AttendanceSource.SheetImport, world.Cohort.Lead.Id), (c.Source, c.ChangedByUserId)));
        Assert.Equal([(ids[0], AttendanceMark.Late), (ids[1], AttendanceMark.Present), (ids[3], AttendanceMark.Excused)],
            imported.Select(c => (c.EnrollmentId, c.After)).Order());
    }

    [SkippableFact]
    public async Task The_template_as_downloaded_and_filled_in_imports_cleanly()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        var ids = await world.EnrolAsync(("Ама Бекова", "-KG 17"), ("Esi Owusu", null));
        var template = Encoding.UTF8.GetString(await world.DownloadAsync(world.TemplateUrl));

        var page = await world.ImportAsync(template.Replace(",\r\n", ",E\r\n"));

        Assert.Equal([], SheetWorld.Problems(page));
        Assert.Equal(new Dictionary<int, AttendanceMark> { [ids[0]] = AttendanceMark.Excused, [ids[1]] = AttendanceMark.Excused }, await world.MarksAsync());
    }

    [SkippableFact]
    public async Task Every_bad_line_is_reported_with_its_line_and_field_and_nothing_is_written()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        var ids = await world.EnrolAsync(("Ama Mensah", "GPS-0001"), ("Kofi Boateng", "GPS-0002"));
        await world.MarkAsync(ids[1], AttendanceMark.Present);
        var changesBefore = (await world.ChangesAsync()).Count;

        var page = await world.ImportAsync("service_number,name,mark\nGPS-0001,Ama,Absent\nGPS-0999,Nobody,P\ngps-0001,Ama again,L\nGPS-0002,Kofi,Maybe\n,Someone,P\n");

        Assert.Equal(
            [
                "Line 3, service_number: GPS-0999 is not on this session's roster.",
                "Line 4, service_number: gps-0001 is on line 2 already; each recruit goes on one line.",
                "Line 5, mark: \"Maybe\" is not a mark; use Present, Late, Absent or Excused (or P, L, A, E), or leave it blank to keep the recruit's mark.",
                "Line 6, service_number: the service number is missing.",
            ],
            SheetWorld.Problems(page));
        Assert.Contains("Nothing was imported.", page.Text);
        Assert.Equal(changesBefore, (await world.ChangesAsync()).Count);
        Assert.Equal(new Dictionary<int, AttendanceMark> { [ids[1]] = AttendanceMark.Present }, await world.MarksAsync());
    }

    [SkippableFact]
    public async Task A_closed_cohorts_attendance_changes_only_with_a_reason_which_is_recorded_with_the_change()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        var ids = await world.EnrolAsync(("Ama Mensah", "GPS-0001"));
        await world.CloseAsync();
        const string csv = "service_number,mark\nGPS-0001,Present\n";

        var refused = await world.ImportAsync(csv);
        var accepted = await world.ImportAsync(csv, reason: "The paper sheet turned up after the cohort was closed.");

        Assert.Equal(AttendanceBook.ClosedNeedsReason, HtmlPage.Normalize(refused.Document.QuerySelector("[data-testid=reason-problem]")?.TextContent));
        Assert.Equal(["Ama Mensah | GPS-0001 | not marked | Present"], SheetWorld.Changes(accepted));
        var change = Assert.Single(await world.ChangesAsync());
        Assert.Equal((ids[0], "The paper sheet turned up after the cohort was closed."), (change.EnrollmentId, change.Reason));
    }

    [SkippableFact]
    public async Task A_cancelled_cohort_takes_no_import()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        await world.EnrolAsync(("Ama Mensah", "GPS-0001"));
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Cohorts.FindAsync(world.Cohort.CohortId))!.MoveTo(CohortState.Cancelled, Factory.Now);
            return await db.SaveChangesAsync();
        });

        var outcome = await ImportDirectlyAsync(world, "service_number,mark\nGPS-0001,P\n");
        var page = await world.Instructor.OpenAsync(world.ImportUrl);

        Assert.Equal([AttendanceBook.Refusal(CohortState.Cancelled, null)], outcome.Errors.Select(e => e.ErrorMessage));
        Assert.Null(page.Form("import-attendance"));
        Assert.Empty(await world.ChangesAsync());
    }

    [SkippableFact]
    public async Task Only_the_cohorts_instructors_get_its_sheets_those_who_may_view_it_are_refused_and_others_told_it_does_not_exist()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        await world.EnrolAsync(("Ama Mensah", "GPS-0001"));
        var (colleague, _) = await SignedInAsync(Roles.Instructor, world.Cohort.InstitutionId);
        var officer = NewVisitor();
        await officer.SignInAsync(await People.CreateAsync(Roles.ProgramOfficer, followedInstitutions: [world.Cohort.InstitutionId]));
        var (stranger, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        var otherCohort = await SheetWorld.CreateAsync(Factory);

        foreach (var url in new[] { world.SheetUrl, world.TemplateUrl, world.ImportUrl })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await colleague.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
            // A session of another cohort asked for under this cohort's id.
            Assert.Equal(HttpStatusCode.NotFound, (await world.Instructor.GetAsync(url.Replace($"/sessions/{world.SessionId}/", $"/sessions/{otherCohort.SessionId}/"))).StatusCode);
        }
    }

    async Task<Outcome<ImportAttendance.Imported>> ImportDirectlyAsync(SheetWorld world, string csv)
    {
        Outcome<ImportAttendance.Imported>? outcome = null;
        await Factory.AsAsync(world.Cohort.Lead, async services =>
            outcome = await services.GetRequiredService<ImportAttendance.Handler>().HandleAsync(
                new ImportAttendance.Command(world.Cohort.CohortId, world.SessionId, Encoding.UTF8.GetBytes(csv), null),
                CancellationToken.None));
        return outcome!;
    }

    public sealed class OnSqlite(SqliteLmsFactory factory, ITestOutputHelper output)
        : AttendanceSheetTests(factory, output), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory, ITestOutputHelper output)
        : AttendanceSheetTests(factory, output), IClassFixture<PostgresLmsFactory>;
}
