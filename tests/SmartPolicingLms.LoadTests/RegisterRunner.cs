using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Data;
using SmartPolicingLms.Web.Security;

namespace SmartPolicingLms.LoadTests;

// register sqlite|postgres [enrolments=20000] [cohorts=200]: one institution with `cohorts` cohorts sharing the
// enrolments, half of them closed (stored completion records) and half still running (completion decided live), every
// recruit with a submitted pre- and post-test. A program officer who follows the institution downloads the whole
// register as CSV and then as XLSX through the real endpoints. Prints each download's time, time to first byte, size
// and rows, and the app's peak resident memory during each (the high-water mark is reset after seeding and between
// the two). Exits with 1 if a download fails or lacks rows.
internal static class RegisterRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = LoadRunner.Provider(args.ElementAtOrDefault(0));
        var enrolments = int.Parse(args.ElementAtOrDefault(1) ?? "20000");
        var cohorts = int.Parse(args.ElementAtOrDefault(2) ?? "200");
        var root = Path.Combine(Path.GetTempPath(), $"splms-register-{Guid.NewGuid():N}");
        var curricula = Path.Combine(root, "curricula");
        LoadCourse.Write(curricula, questions: 5);
        var database = $"splms_load_{Guid.NewGuid():N}";
        var postgres = provider == "Postgres" ? LoadRunner.Postgres(database) : null;
        Console.WriteLine($"SmartPolicingLms register run: {provider}, {enrolments} enrolments in {cohorts} cohorts, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SMARTPOLICINGLMS_WEB", LoadRunner.WebProjectFolder());
        var app = new LmsUnderLoad(Path.Combine(root, "data"), curricula, provider, postgres);
        app.UseKestrel(0);
        app.StartServer();
        var exit = 0;
        try
        {
            var officer = await SeedAsync(app.Services, enrolments, cohorts);
            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromMinutes(20) };
            var browser = await LoadRunner.SignInAsync(new Browser(http, app.ClientOptions.BaseAddress), officer);
            foreach (var format in new[] { "csv", "xlsx" })
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var baseline = Memory.Resident();
                Memory.ResetPeak();
                var (status, firstByte, total, bytes) = await browser.DownloadAsync($"exports/register.{format}");
                var peak = Memory.Peak();
                Console.WriteLine($"register.{format}: {(int)status}, {bytes / 1048576.0:0.0} MB in {total:0.00} s (first byte after {firstByte:0.00} s); " +
                    $"peak resident memory {peak / 1048576.0:0} MB (before: {baseline / 1048576.0:0} MB)");
                if (status != System.Net.HttpStatusCode.OK || bytes < enrolments * 20L)
                {
                    Console.WriteLine($"register.{format} failed or is too small for {enrolments} rows.");
                    exit = 1;
                }
            }
        }
        finally
        {
            await app.DisposeAsync();
            await LoadRunner.CleanUpAsync(root, postgres, database);
        }
        return exit;
    }

    static async Task<Recruit> SeedAsync(IServiceProvider services, int enrolments, int cohorts)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = DateTime.UtcNow;
        var institution = Institution.Create($"Register school {Guid.NewGuid():N}"[..30], "KG", "Asia/Bishkek", null, now);
        db.Institutions.Add(institution);
        await db.SaveChangesAsync();
        var email = $"officer-{Guid.NewGuid():N}@load.test";
        var officer = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Program officer", CreatedAt = now };
        Check(await users.CreateAsync(officer, Seed.Password));
        Check(await users.AddToRoleAsync(officer, Roles.ProgramOfficer));
        db.ProgramOfficerInstitutions.Add(new ProgramOfficerInstitution { UserId = officer.Id, InstitutionId = institution.Id });
        var version = db.CourseVersions.Where(v => v.CourseId == LoadCourse.Id).OrderByDescending(v => v.Number).First();
        var module = db.CourseModules.Where(m => m.CourseVersionId == version.Id).Select(m => m.Id).First();
        await db.SaveChangesAsync();

        var perCohort = (int)Math.Ceiling(enrolments / (double)cohorts);
        for (int c = 0, made = 0; c < cohorts && made < enrolments; c++)
        {
            var cohort = Cohort.Create(institution.Id, version.Id, version.Language, $"Intake {c + 1:000}", DateOnly.FromDateTime(now.AddDays(-10)),
                DateOnly.FromDateTime(now.AddDays(-1)), perCohort, officer.Id, Guid.NewGuid().ToString("N"), now);
            cohort.MoveTo(CohortState.Published, now);
            cohort.MoveTo(CohortState.InProgress, now);
            cohort.Sessions.Add(CohortSession.Create(module, now.AddDays(-2), now.AddDays(-2).AddHours(2), "Hall A", []));
            var closed = c % 2 == 0;
            if (closed)
                cohort.MoveTo(CohortState.Completed, now);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            var enrollments = new List<Enrollment>();
            for (var i = 0; i < perCohort && made < enrolments; i++, made++)
            {
                var hex = Guid.NewGuid().ToString("N");
                var recruit = new ApplicationUser
                {
                    UserName = $"rg-{hex}", NormalizedUserName = $"RG-{hex}".ToUpperInvariant(), DisplayName = $"Курсант {made:00000}",
                    ServiceNumber = $"KG {made:00000}", InstitutionId = institution.Id, CreatedAt = now,
                };
                db.Users.Add(recruit);
                var enrollment = Enrollment.Create(cohort.Id, recruit.Id, now);
                db.Enrollments.Add(enrollment);
                enrollments.Add(enrollment);
            }
            await db.SaveChangesAsync();
            foreach (var enrollment in enrollments)
            {
                foreach (var (kind, score) in new[] { (TestKind.Pre, 40m), (TestKind.Post, 85m) })
                {
                    var attempt = TestAttempt.Start(enrollment.Id, kind, 1, AttemptSource.Online, null, now.AddDays(-3));
                    attempt.Submit(score, now.AddDays(-3));
                    db.TestAttempts.Add(attempt);
                }
                if (closed)
                {
                    var record = CompletionRecord.Create(enrollment.Id);
                    record.Decide(false, 1.5m, 1.6m, 85m, """[{"Kind":"ContactHours","Hours":0.1,"Modules":[]}]""", officer.Id, now);
                    db.CompletionRecords.Add(record);
                }
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"Seeded {enrolments} enrolments in {cohorts} cohorts in {clock.Elapsed.TotalSeconds:0.0} s");
        return new Recruit(email, Seed.Password);
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
