using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Data;
using SmartPolicingLms.Web.Security;

namespace SmartPolicingLms.LoadTests;

// reports sqlite|postgres [cohorts=100] [recruits=25] [requests=50]: the app on a real port, an institution with
// `cohorts` cohorts of the load course (half closed with their completion records, half running), each with
// `recruits` recruits who took both tests and were marked at both sessions, and a program officer following it, then
// the report over all of them requested again and again: the server time of /reports, median and p95.
internal static class ReportRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = LoadRunner.Provider(args.ElementAtOrDefault(0));
        var cohorts = int.Parse(args.ElementAtOrDefault(1) ?? "100");
        var recruits = int.Parse(args.ElementAtOrDefault(2) ?? "25");
        var requests = int.Parse(args.ElementAtOrDefault(3) ?? "50");
        const int Questions = 10;

        var root = Path.Combine(Path.GetTempPath(), $"splms-reports-{Guid.NewGuid():N}");
        var curricula = Path.Combine(root, "curricula");
        LoadCourse.Write(curricula, Questions);
        var database = $"splms_load_{Guid.NewGuid():N}";
        var postgres = provider == "Postgres" ? LoadRunner.Postgres(database) : null;
        Console.WriteLine($"SmartPolicingLms reports run: {provider}, {cohorts} cohorts of {recruits} recruits, {requests} requests, " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SMARTPOLICINGLMS_WEB", LoadRunner.WebProjectFolder());
        var app = new LmsUnderLoad(Path.Combine(root, "data"), curricula, provider, postgres);
        app.UseKestrel(0);
        app.StartServer();

        var officer = await SeedAsync(app.Services, cohorts, recruits);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        var browser = await LoadRunner.SignInAsync(new Browser(http, app.ClientOptions.BaseAddress), officer);
        var failures = 0;
        for (var i = 0; i < 5; i++)
            failures += (await browser.GetAsync("/reports")).Status == HttpStatusCode.OK ? 0 : 1;
        var measuredFrom = app.Requests.Count;
        var client = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var clock = Stopwatch.StartNew();
            var (status, html, _) = await browser.GetAsync("/reports");
            client.Add(clock.Elapsed.TotalMilliseconds);
            failures += status == HttpStatusCode.OK && html.Contains("data-cohort=", StringComparison.Ordinal) ? 0 : 1;
        }
        var server = app.Requests.Skip(measuredFrom).Where(r => r.Method == "GET" && r.Path == "/reports").Select(r => r.Milliseconds).ToList();
        Console.WriteLine($"/reports over {cohorts} cohorts, server time: median {Report.Percentile(server, 50):0.0} ms, " +
            $"p95 {Report.Percentile(server, 95):0.0} ms ({server.Count} requests); client time: median {Report.Percentile(client, 50):0.0} ms");
        Console.WriteLine($"Failed requests: {failures}; load average at the end {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        await app.DisposeAsync();
        await LoadRunner.CleanUpAsync(root, postgres, database);
        return failures == 0 ? 0 : 1;
    }

    static async Task<Recruit> SeedAsync(IServiceProvider services, int cohorts, int recruits)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = DateTime.UtcNow;
        var institution = Institution.Create($"Report school {Guid.NewGuid():N}"[..30], "GH", "Africa/Accra", null, now);
        db.Institutions.Add(institution);
        await db.SaveChangesAsync();
        var instructor = await UserAsync(users, Roles.Instructor, institution.Id);
        var officer = await UserAsync(users, Roles.ProgramOfficer, institution.Id);
        db.ProgramOfficerInstitutions.Add(new ProgramOfficerInstitution { UserId = officer.Id, InstitutionId = institution.Id });

        var version = await db.CourseVersions.Where(v => v.CourseId == LoadCourse.Id).OrderByDescending(v => v.Number).FirstAsync();
        var module = await db.CourseModules.Where(m => m.CourseVersionId == version.Id).Select(m => m.Id).FirstAsync();
        var questions = await db.CourseQuestions.Where(q => q.CourseVersionId == version.Id).Select(q => q.Id).ToListAsync();
        var random = new Random(13);
        for (var c = 0; c < cohorts; c++)
        {
            var end = now.AddDays(-3 * c - 1);
            var cohort = Cohort.Create(institution.Id, version.Id, version.Language, $"Report intake {c:000}", DateOnly.FromDateTime(end.AddDays(-1)),
                DateOnly.FromDateTime(end), recruits, instructor.Id, Guid.NewGuid().ToString("N"), now);
            cohort.MoveTo(CohortState.Published, now);
            cohort.MoveTo(CohortState.InProgress, now);
            cohort.Instructors.Add(new CohortInstructor { UserId = instructor.Id, IsLead = true });
            var sessions = new[] { end.AddDays(-1), end }.Select(d => CohortSession.Create(module, d, d.AddHours(1), "Hall A", [])).ToList();
            cohort.Sessions.AddRange(sessions);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            foreach (var session in sessions)
                db.RollCalls.Add(RollCall.Start(session.Id, instructor.Id, now));
            for (var r = 0; r < recruits; r++)
            {
                var hex = Guid.NewGuid().ToString("N");
                var recruit = new ApplicationUser
                {
                    UserName = $"rp-{hex}", NormalizedUserName = $"RP-{hex}".ToUpperInvariant(), DisplayName = $"Recruit {c:000}-{r:00}",
                    InstitutionId = institution.Id, CreatedAt = now,
                };
                db.Users.Add(recruit);
                var enrollment = Enrollment.Create(cohort.Id, recruit.Id, now.AddDays(-30));
                db.Enrollments.Add(enrollment);
                await db.SaveChangesAsync();
                foreach (var session in sessions)
                    db.AttendanceRecords.Add(AttendanceRecord.Create(session.Id, enrollment.Id,
                        random.Next(10) == 0 ? AttendanceMark.Absent : AttendanceMark.Present, instructor.Id, now));
                foreach (var kind in new[] { TestKind.Pre, TestKind.Post })
                {
                    var attempt = TestAttempt.Start(enrollment.Id, kind, 1, AttemptSource.Online, null, end.AddHours(-2));
                    var right = questions.Select(_ => random.Next(100) < (kind == TestKind.Pre ? 45 : 80)).ToList();
                    attempt.Submit(Math.Round(100m * right.Count(x => x) / questions.Count, 1), end.AddHours(-1));
                    db.TestAttempts.Add(attempt);
                    await db.SaveChangesAsync();
                    for (var q = 0; q < questions.Count; q++)
                    {
                        var answer = TestAnswer.Create(attempt.Id, questions[q]);
                        answer.Set("1", null, null, right[q] ? 1m : 0m, end.AddHours(-1));
                        db.TestAnswers.Add(answer);
                    }
                }
                if (c % 2 == 0)
                {
                    var record = CompletionRecord.Create(enrollment.Id);
                    record.Decide(random.Next(5) > 0, 2m, 1.6m, 80m, "[]", instructor.Id, now);
                    db.CompletionRecords.Add(record);
                }
            }
            if (c % 2 == 0)
                cohort.MoveTo(CohortState.Completed, now);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        Console.WriteLine($"Seeded {cohorts} cohorts of {recruits} recruits in {clock.Elapsed.TotalSeconds:0.0} s");
        return new Recruit(officer.Email!, Seed.Password);
    }

    static async Task<ApplicationUser> UserAsync(UserManager<ApplicationUser> users, string role, int institutionId)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@load.test";
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = role, InstitutionId = Roles.BelongsToOneInstitution(role) ? institutionId : null, CreatedAt = DateTime.UtcNow,
        };
        if (!(await users.CreateAsync(user, Seed.Password)).Succeeded || !(await users.AddToRoleAsync(user, role)).Succeeded)
            throw new InvalidOperationException($"Could not make the {role}.");
        return user;
    }
}
