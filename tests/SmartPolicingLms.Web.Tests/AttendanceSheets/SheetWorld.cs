using System.Net.Http.Headers;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Tests.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.AttendanceSheets;

// A published cohort of the test course (EnrolmentWorld) whose workshop session has its co-trainer slot filled by a
// partner organisation naming a co-trainer who agreed to be named, and recruits added straight to the database.
internal sealed class SheetWorld
{
    public required EnrolmentWorld Cohort { get; init; }
    public required int SessionId { get; init; }
    public required string ModuleTitle { get; init; }
    public required string Location { get; init; }
    public required string OrganisationName { get; init; }
    public required string CoTrainerName { get; init; }

    LmsFactory Factory => Cohort.Factory;
    public Visitor Instructor => Cohort.Instructor;
    public string SheetUrl => $"/cohorts/{Cohort.CohortId}/sessions/{SessionId}/sign-in-sheet.pdf";
    public string TemplateUrl => $"/cohorts/{Cohort.CohortId}/sessions/{SessionId}/attendance.csv";
    public string ImportUrl => $"/cohorts/{Cohort.CohortId}/sessions/{SessionId}/attendance/import";

    public static async Task<SheetWorld> CreateAsync(LmsFactory factory)
    {
        var cohort = await EnrolmentWorld.CreateAsync(factory, capacity: 400, held: true);
        var administrator = await factory.People.CreateAsync(Roles.Administrator);
        var officer = await factory.People.CreateAsync(Roles.ProgramOfficer);
        var scheduling = new Scheduling(factory);
        var organisationName = Scheduling.Unique("Tais Plus");
        var organisation = await scheduling.OrganisationAsync(administrator, organisationName);
        var coTrainerName = $"Nurgul-{Guid.NewGuid():N}"[..16];
        var coTrainer = await scheduling.CoTrainerAsync(officer, organisation, coTrainerName, consent: true);
        var (sessionId, moduleTitle, location) = await factory.WithDatabaseAsync(async db =>
        {
            var session = await db.CohortSessions.Include(s => s.Slots).Where(s => s.CohortId == cohort.CohortId && s.Slots.Any()).SingleAsync();
            session.Slots[0].Fill(organisation, coTrainer, cohort.Lead.Id, factory.Now);
            await db.SaveChangesAsync();
            var title = await db.CourseModules.Where(m => m.Id == session.CourseModuleId).Select(m => m.Title).SingleAsync();
            return (session.Id, title, session.Location);
        });
        return new SheetWorld
        {
            Cohort = cohort, SessionId = sessionId, ModuleTitle = moduleTitle, Location = location,
            OrganisationName = organisationName, CoTrainerName = coTrainerName,
        };
    }

    // Recruits enrolled in the cohort, as the roster import would leave them; returns their enrolment ids in order.
    public Task<List<int>> EnrolAsync(params (string Name, string? ServiceNumber)[] recruits) => Cohort.Built.EnrolAccountsAsync(recruits);

    public static (string Name, string? ServiceNumber)[] Many(int count, string prefix) =>
        [.. Enumerable.Range(1, count).Select(i => ($"Recruit {prefix} {i:D3}", (string?)$"{prefix}-{i:D3}"))];

    public Task MarkAsync(int enrollmentId, AttendanceMark mark) => Factory.WithServicesAsync(async services =>
    {
        var write = await services.GetRequiredService<AttendanceBook>().RecordAsync(SessionId, null,
            new Dictionary<int, AttendanceMark> { [enrollmentId] = mark }, AttendanceSource.RollCall, Cohort.Lead.Id, null, CancellationToken.None);
        Assert.False(write.Conflicted || write.Refused is not null, write.Refused);
    });

    public Task CloseAsync() => Factory.WithDatabaseAsync(async db =>
    {
        db.PutInState(await db.Cohorts.SingleAsync(c => c.Id == Cohort.CohortId), CohortState.Completed);
        return await db.SaveChangesAsync();
    });

    public Task<List<AttendanceChange>> ChangesAsync() => Factory.WithDatabaseAsync(db =>
        db.AttendanceChanges.AsNoTracking().Where(c => c.SessionId == SessionId).OrderBy(c => c.Id).ToListAsync());

    public Task<Dictionary<int, AttendanceMark>> MarksAsync() => Factory.WithDatabaseAsync(db =>
        db.AttendanceRecords.AsNoTracking().Where(r => r.SessionId == SessionId).ToDictionaryAsync(r => r.EnrollmentId, r => r.Mark));

    public async Task<byte[]> DownloadAsync(string url)
    {
        var response = await Instructor.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    // Uploads a file through the import form as a browser does: a multipart post with the form's antiforgery token.
    public async Task<HtmlPage> ImportAsync(string csv, string? reason = null)
    {
        var page = await Instructor.OpenAsync(ImportUrl);
        var form = page.Form("import-attendance") ?? throw new InvalidOperationException($"No import form on {page.Url}: {page.Text}");
        var cookies = new CookieContainer();
        cookies.Add(Instructor.Cookies);
        using var client = Factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
            content.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Attendance", "attendance.csv");
        if (reason is not null)
            content.Add(new StringContent(reason), "Reason");
        var response = await client.PostAsync(ImportUrl, content);
        return new HtmlPage(response.RequestMessage!.RequestUri!, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static IReadOnlyList<string> Problems(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=attendance-problems] li").Select(li => HtmlPage.Normalize(li.TextContent))];

    public static IReadOnlyList<string> Changes(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=import-change]")
            .Select(tr => string.Join(" | ", tr.QuerySelectorAll("td").Select(td => HtmlPage.Normalize(td.TextContent))))];
}
