using SmartPolicingLms.Web.Security;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Data;
using SmartPolicingLms.Web.Features.Enrolment;

namespace SmartPolicingLms.LoadTests;

// The paper an instructor prints, timed through the real pages: the tests check what the sheets hold, these modes how
// long an instructor waits for them, against the ceilings the tests used to hold.
//   sign-in-sheet sqlite|postgres [requests=5]: for a session of 60 recruits and one of 200, its lead instructor
//     downloads the sign-in sheet PDF once to warm up, then `requests` times; goal: a median under 2 s.
//   roster-import sqlite|postgres [rows=500]: `rows` sign-in codes issued in process (goal: under 1 s), then a roster
//     of `rows` recruits uploaded through the import page after a one-row warm-up (goal: under 10 s for the upload,
//     the checks, the one save and the sheet of codes).
// Either exits with 1 if a request failed or a sheet is not what the tests expect.
internal static partial class PaperworkRunner
{
    public static Task<int> SignInSheetAsync(string[] args)
    {
        var requests = int.Parse(args.ElementAtOrDefault(1) ?? "5");
        return WithAppAsync("sign-in-sheet", args, $"{requests} requests of each sheet", async (app, http, site) =>
        {
            var exit = 0;
            foreach (var recruits in new[] { 60, 200 })
            {
                var (cohortId, sessionId, instructor) = await RollCallRunner.SeedAsync(app.Services, recruits);
                var browser = await LoadRunner.SignInAsync(new Browser(http, site), instructor);
                var sheet = $"/cohorts/{cohortId}/sessions/{sessionId}/sign-in-sheet.pdf";
                var times = new List<double>();
                for (var i = 0; i <= requests; i++)
                {
                    var clock = Stopwatch.StartNew();
                    var (status, body, _) = await browser.GetAsync(sheet);
                    if (i > 0)
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    if (status != HttpStatusCode.OK || !body.StartsWith("%PDF-", StringComparison.Ordinal))
                    {
                        Console.WriteLine($"GET {sheet} answered {(int)status} without a PDF.");
                        exit = 1;
                    }
                }
                var median = Report.Percentile(times, 50);
                Console.WriteLine($"Sign-in sheet of {recruits} recruits (GET, client time): median {median:0} ms, slowest {times.Max():0} ms; " +
                    $"goal under 2000 ms -> {(median < 2000 ? "met" : "NOT met")}");
            }
            return exit;
        });
    }

    public static Task<int> RosterImportAsync(string[] args)
    {
        var rows = int.Parse(args.ElementAtOrDefault(1) ?? "500");
        return WithAppAsync("roster-import", args, $"{rows} rows", async (app, http, site) =>
        {
            var exit = 0;
            SignInCodes.Issue("warm-up", SignInCodes.NewCode(), "i", DateTime.UtcNow);
            var clock = Stopwatch.StartNew();
            var codes = Enumerable.Range(0, rows).Select(i => SignInCodes.Issue($"u{i}", SignInCodes.NewCode(), "i", DateTime.UtcNow)).ToList();
            var issuing = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"{rows} sign-in codes issued in process: {issuing:0.0} ms; goal under 1000 ms -> {(issuing < 1000 ? "met" : "NOT met")}");
            if (codes.Select(c => c.CodeHash).Distinct().Count() != rows)
            {
                Console.WriteLine("Two codes share a hash.");
                exit = 1;
            }

            var (cohortId, _, instructor) = await RollCallRunner.SeedAsync(app.Services, recruits: 0, capacity: rows + 1);
            var browser = await LoadRunner.SignInAsync(new Browser(http, site), instructor);
            var page = $"/cohorts/{cohortId}/recruits/import";
            await ImportAsync(browser, page, Roster("W", 1));
            clock.Restart();
            var (status, html) = await ImportAsync(browser, page, Roster("L", rows));
            var importing = clock.Elapsed.TotalSeconds;
            var slips = SheetCodes().Count(html);
            var enrolled = await EnrolledAsync(app.Services, cohortId);
            Console.WriteLine($"A {rows}-row roster imported through the page (client time): {importing:0.00} s; " +
                $"goal under 10 s -> {(importing < 10 ? "met" : "NOT met")}");
            Console.WriteLine($"Codes on the sheet: {slips} of {rows}; enrolled: {enrolled} of {rows + 1} (one in the warm-up)");
            return status == HttpStatusCode.OK && slips == rows && enrolled == rows + 1 ? exit : 1;
        });
    }

    static string Roster(string prefix, int rows) => "name,service number,email\n" + string.Concat(Enumerable.Range(1, rows).Select(i =>
        $"Recruit {i},{prefix}-{i:0000},{(i % 3 == 0 ? $"{prefix.ToLowerInvariant()}-{i}@example.org" : "")}\n"));

    // GETs the form for its antiforgery token, then uploads the roster as the page's file input does.
    static async Task<(HttpStatusCode Status, string Html)> ImportAsync(Browser browser, string page, string roster)
    {
        var form = await browser.GetAsync(page);
        if (form.Status != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {page} answered {(int)form.Status}.");
        var (status, html, _) = await browser.UploadAsync(page,
            [new("_handler", "import-roster"), new("__RequestVerificationToken", Browser.Token(form.Html))],
            "Roster", "roster.csv", Encoding.UTF8.GetBytes(roster));
        return (status, html);
    }

    static async Task<int> EnrolledAsync(IServiceProvider services, int cohortId)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enrollments.CountAsync(e => e.CohortId == cohortId);
    }

    // The app on a real port and its own database, as RollCallRunner starts it, for one mode's `run`.
    static async Task<int> WithAppAsync(string mode, string[] args, string what, Func<LmsUnderLoad, HttpClient, Uri, Task<int>> run)
    {
        var provider = LoadRunner.Provider(args.ElementAtOrDefault(0));
        var root = Path.Combine(Path.GetTempPath(), $"splms-{mode}-{Guid.NewGuid():N}");
        var curricula = Path.Combine(root, "curricula");
        LoadCourse.Write(curricula, questions: 5);
        var database = $"splms_load_{Guid.NewGuid():N}";
        var postgres = provider == "Postgres" ? LoadRunner.Postgres(database) : null;
        Console.WriteLine($"SmartPolicingLms {mode} run: {provider}, {what}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SMARTPOLICINGLMS_WEB", LoadRunner.WebProjectFolder());
        var app = new LmsUnderLoad(Path.Combine(root, "data"), curricula, provider, postgres);
        app.UseKestrel(0);
        app.StartServer();
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        var exit = await run(app, http, app.ClientOptions.BaseAddress);

        await app.DisposeAsync();
        await LoadRunner.CleanUpAsync(root, postgres, database);
        return exit;
    }

    [GeneratedRegex(@"data-testid=""sheet-code""[^>]*>[A-Z0-9-]+<")]
    private static partial Regex SheetCodes();
}
