using System.Net.Http.Headers;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Enrolment;

// A published cohort of the test course (module 1 self-study, 2 a lecture, 3 a workshop with a co-trainer
// slot) at an institution of its own, with its lead instructor signed in; sessions a week from now, or, for worlds
// that record attendance (held), two days ago and yesterday at the same hour, so their roll calls are open.
internal sealed class EnrolmentWorld
{
    public const string Course = CohortBuilder.TestCourse;

    public required LmsFactory Factory { get; init; }
    public required int InstitutionId { get; init; }
    public required int CohortId { get; init; }
    public required string CalendarToken { get; init; }
    public required Person Lead { get; init; }
    public required Visitor Instructor { get; init; }
    public required BuiltCohort Built { get; init; }

    public static async Task<EnrolmentWorld> CreateAsync(LmsFactory factory, int capacity = 40, int? institutionId = null, bool held = false)
    {
        var firstStart = factory.Now.Date.AddDays(held ? -2 : 7).AddHours(9);
        var cohort = await new CohortBuilder(factory).AtInstitution(institutionId).WithCapacity(capacity)
            .Running(DateOnly.FromDateTime(firstStart), DateOnly.FromDateTime(firstStart.AddDays(1)))
            .DailyContactSessions(firstStart, TimeSpan.FromHours(3), "Room 4")
            .BuildAsync();
        var instructor = new Visitor(factory);
        await instructor.SignInAsync(cohort.Lead);
        return new EnrolmentWorld
        {
            Factory = factory, InstitutionId = cohort.InstitutionId, CohortId = cohort.CohortId, CalendarToken = cohort.CalendarToken,
            Lead = cohort.Lead, Instructor = instructor, Built = cohort,
        };
    }

    public string RecruitsPage => $"/cohorts/{CohortId}/recruits";
    public string ImportPage => $"/cohorts/{CohortId}/recruits/import";

    // Uploads a roster through the import form as a browser does: a multipart post with the form's antiforgery token.
    public Task<HtmlPage> ImportAsync(string csv) => UploadAsync(Instructor, ImportPage, System.Text.Encoding.UTF8.GetBytes(csv));

    public async Task<HtmlPage> UploadAsync(Visitor visitor, string url, byte[] file)
    {
        var page = await visitor.OpenAsync(url);
        var form = page.Form("import-roster") ?? throw new InvalidOperationException($"No import form on {page.Url}: {page.Text}");
        var cookies = new CookieContainer();
        cookies.Add(visitor.Cookies);
        using var client = Factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var content = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]"))
            content.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        var roster = new ByteArrayContent(file);
        roster.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(roster, "Roster", "roster.csv");
        var response = await client.PostAsync(url, content);
        return new HtmlPage(response.RequestMessage!.RequestUri!, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static IReadOnlyList<string> Problems(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=roster-problems] li").Select(li => HtmlPage.Normalize(li.TextContent))];

    // Name and code of each slip of the printed sheet.
    public static IReadOnlyList<(string Name, string? Code)> Slips(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=code-slip]").Select(slip => (
            HtmlPage.Normalize(slip.QuerySelector(".fw-bold")?.TextContent),
            slip.QuerySelector("[data-testid=sheet-code]")?.TextContent.Trim()))];

    public static async Task<HttpResponseMessage> SignInWithCodeAsync(Visitor visitor, string identifier, string code)
    {
        var page = await visitor.OpenAsync("/code");
        return await visitor.SubmitAsync(page, "code-sign-in", ("Input.Identifier", identifier), ("Input.Code", code));
    }

    // A recruit signed in with their code and past the password page, as after their first visit.
    public static async Task<Visitor> RecruitWithPasswordAsync(LmsFactory factory, string identifier, string code, string password)
    {
        var visitor = new Visitor(factory);
        var response = await SignInWithCodeAsync(visitor, identifier, code);
        var choose = await visitor.FollowAsync(response);
        await visitor.SubmitAndFollowAsync(choose, "choose-password", ("Input.NewPassword", password), ("Input.ConfirmPassword", password));
        return visitor;
    }

    public Task<T> DbAsync<T>(Func<AppDbContext, Task<T>> read) => Factory.WithDatabaseAsync(read);

    public Task<List<Enrollment>> EnrollmentsAsync() => DbAsync(db => db.Enrollments.AsNoTracking().Where(e => e.CohortId == CohortId).ToListAsync());

    public Task<ApplicationUser> UserAsync(string userName) =>
        DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.NormalizedUserName == userName.ToUpperInvariant()));

    public Task<List<AuditEntry>> AuditAsync() => DbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.CohortId == CohortId).OrderBy(e => e.Id).ToListAsync());
}
