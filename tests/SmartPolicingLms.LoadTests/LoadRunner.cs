using System.Diagnostics;
using System.Net;
using Npgsql;

namespace SmartPolicingLms.LoadTests;

// dotnet tests/SmartPolicingLms.LoadTests/bin/Release/net10.0/SmartPolicingLms.LoadTests.dll
//     sqlite|postgres [recruits=500] [workers=50] [questions=20] [think-ms=0]
// or, timing the roll-call save (RollCallRunner):
//     roll-call sqlite|postgres [recruits=60] [saves=200] [changes=6]
// or, timing the sign-in sheet and the roster import (PaperworkRunner):
//     sign-in-sheet sqlite|postgres [requests=5]
//     roster-import sqlite|postgres [rows=500]
// or, timing certificates issued and printed for one cohort (CertificateRunner):
//     certificates sqlite|postgres [recruits=4000]
//     certificate-sample <file.pdf>   (one certificate, for the README's picture)
// or, timing the program officer's bulk certificate export as a ZIP and as one PDF (CertificateExportRunner):
//     certificate-export sqlite|postgres [certificates=500,4000]
// or, timing the program officer's report over many cohorts (ReportRunner):
//     reports sqlite|postgres [cohorts=100] [recruits=25] [requests=50]
// or, timing the completion register downloaded as CSV and XLSX (RegisterRunner):
//     register sqlite|postgres [enrolments=20000] [cohorts=200]
// PostgreSQL: SPLMS_LOAD_POSTGRES (default Host=127.0.0.1;Username=lms;Password=lms), a role that may create databases.
// A class of its own rather than top-level statements, which would make a second Program beside the app's.
internal static class LoadRunner
{
    static async Task<int> Main(string[] args)
    {
        if (args.ElementAtOrDefault(0) == "roll-call")
            return await RollCallRunner.RunAsync(args[1..]);
        if (args.ElementAtOrDefault(0) == "sign-in-sheet")
            return await PaperworkRunner.SignInSheetAsync(args[1..]);
        if (args.ElementAtOrDefault(0) == "roster-import")
            return await PaperworkRunner.RosterImportAsync(args[1..]);
        if (args.ElementAtOrDefault(0) == "certificates")
            return await CertificateRunner.RunAsync(args[1..]);
        if (args.ElementAtOrDefault(0) == "certificate-export")
            return await CertificateExportRunner.RunAsync(args[1..]);
        if (args.ElementAtOrDefault(0) == "reports")
            return await ReportRunner.RunAsync(args[1..]);
        if (args.ElementAtOrDefault(0) == "register")
            return await RegisterRunner.RunAsync(args[1..]);
        if (args.ElementAtOrDefault(0) == "certificate-sample")
            return CertificateRunner.Sample(args[1..]);
        var provider = Provider(args.ElementAtOrDefault(0));
        var recruits = int.Parse(args.ElementAtOrDefault(1) ?? "500");
        var workers = int.Parse(args.ElementAtOrDefault(2) ?? "50");
        var questions = int.Parse(args.ElementAtOrDefault(3) ?? "20");
        // 0 by default: every worker posts its next answer at once, the hardest case. A recruit reading each
        // question for some seconds is the common one; pass milliseconds to model it.
        var thinkMs = int.Parse(args.ElementAtOrDefault(4) ?? "0");

        var root = Path.Combine(Path.GetTempPath(), $"splms-load-{Guid.NewGuid():N}");
        var curricula = Path.Combine(root, "curricula");
        LoadCourse.Write(curricula, questions);
        var database = $"splms_load_{Guid.NewGuid():N}";
        var postgres = provider == "Postgres" ? Postgres(database) : null;

        Console.WriteLine($"SmartPolicingLms load run: {provider}, {recruits} recruits, {workers} at a time, {questions} questions, " +
            $"{thinkMs} ms thinking, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        // WebApplicationFactory looks for the app beside the .sln; it lives under src/.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SMARTPOLICINGLMS_WEB", WebProjectFolder());
        var app = new LmsUnderLoad(Path.Combine(root, "data"), curricula, provider, postgres);
        app.UseKestrel(0);
        app.StartServer();
        var site = app.ClientOptions.BaseAddress;

        var clock = Stopwatch.StartNew();
        var (cohortId, people) = await Seed.CohortAsync(app.Services, recruits);
        Console.WriteLine($"Seeded {people.Count} recruits in {clock.Elapsed.TotalSeconds:0.0} s");

        using var http = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = workers * 2,
        }) { Timeout = TimeSpan.FromMinutes(2) };
        clock.Restart();
        var browsers = new Browser[people.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, people.Count), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => browsers[i] = await SignInAsync(new Browser(http, site), people[i]));
        Console.WriteLine($"Signed in {browsers.Length} recruits in {clock.Elapsed.TotalSeconds:0.0} s (before the measured window)");

        var taker = new TestTaker(site, cohortId, questions, thinkMs);
        var measuredFrom = app.Requests.Count;
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        await Parallel.ForEachAsync(browsers, new ParallelOptions { MaxDegreeOfParallelism = workers }, async (browser, _) => await taker.TakeAsync(browser));
        var window = clock.Elapsed;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;

        var (answers, submitted) = await Seed.CountAsync(app.Services, cohortId);
        Report.Print(window, cpu, recruits * questions, answers, recruits, submitted, taker, [.. app.Requests.Skip(measuredFrom)]);

        await app.DisposeAsync();
        await CleanUpAsync(root, postgres, database);
        return taker.Errors.IsEmpty && answers == recruits * questions ? 0 : 1;
    }

    public static string Provider(string? name) => name?.ToLowerInvariant() switch
    {
        "postgres" or "postgresql" => "Postgres",
        "sqlite" or null => "Sqlite",
        var other => throw new ArgumentException($"Unknown database '{other}': use sqlite or postgres."),
    };

    public static string Postgres(string database) =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("SPLMS_LOAD_POSTGRES") is { Length: > 0 } server
            ? server : "Host=127.0.0.1;Username=lms;Password=lms") { Database = database }.ConnectionString;

    public static async Task<Browser> SignInAsync(Browser browser, Recruit recruit)
    {
        var login = await browser.GetAsync("/Account/Login");
        var signedIn = await browser.PostAsync("/Account/Login",
        [
            new("_handler", "login"), new("__RequestVerificationToken", Browser.Token(login.Html)),
            new("Input.Email", recruit.Email), new("Input.Password", recruit.Password),
        ]);
        return signedIn.Status == HttpStatusCode.Redirect
            ? browser
            : throw new InvalidOperationException($"Sign-in of {recruit.Email} failed: {(int)signedIn.Status}");
    }

    public static async Task CleanUpAsync(string root, string? postgres, string database)
    {
        if (postgres is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgres) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    public static string WebProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SmartPolicingLms.sln")))
                return Path.Combine(dir.FullName, "src", "SmartPolicingLms.Web");
        throw new InvalidOperationException("Run the load runner from inside the repository.");
    }
}
