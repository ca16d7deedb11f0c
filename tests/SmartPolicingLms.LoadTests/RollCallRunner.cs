using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Data;
using SmartPolicingLms.Web.Security;

namespace SmartPolicingLms.LoadTests;

// roll-call sqlite|postgres [recruits=60] [saves=200] [changes=6]: the app on a real port, a cohort in progress
// with one session and `recruits` recruits enrolled, its lead instructor signed in, then RollCallBench.
internal static class RollCallRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        var provider = LoadRunner.Provider(args.ElementAtOrDefault(0));
        var recruits = int.Parse(args.ElementAtOrDefault(1) ?? "60");
        var saves = int.Parse(args.ElementAtOrDefault(2) ?? "200");
        var changes = int.Parse(args.ElementAtOrDefault(3) ?? "6");

        var root = Path.Combine(Path.GetTempPath(), $"splms-rollcall-{Guid.NewGuid():N}");
        var curricula = Path.Combine(root, "curricula");
        LoadCourse.Write(curricula, questions: 5);
        var database = $"splms_load_{Guid.NewGuid():N}";
        var postgres = provider == "Postgres" ? LoadRunner.Postgres(database) : null;
        Console.WriteLine($"SmartPolicingLms roll-call run: {provider}, {recruits} recruits, {saves} saves of {changes} changed marks, " +
            $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SMARTPOLICINGLMS_WEB", LoadRunner.WebProjectFolder());
        var app = new LmsUnderLoad(Path.Combine(root, "data"), curricula, provider, postgres);
        app.UseKestrel(0);
        app.StartServer();
        var site = app.ClientOptions.BaseAddress;

        var (cohortId, sessionId, instructor) = await SeedAsync(app.Services, recruits);
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false });
        var browser = await LoadRunner.SignInAsync(new Browser(http, site), instructor);
        var exit = await RollCallBench.RunAsync(app.Services, browser, cohortId, sessionId, saves, changes, app.Requests);
        Console.WriteLine($"Load average at the end {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        await app.DisposeAsync();
        await LoadRunner.CleanUpAsync(root, postgres, database);
        return exit;
    }

    // Recruits are plain account rows (they never sign in here); the instructor is a real account who leads the cohort.
    // The cohort has room for exactly its recruits unless a capacity is given. Also seeds PaperworkRunner's cohorts.
    internal static async Task<(int CohortId, int SessionId, Recruit Instructor)> SeedAsync(IServiceProvider services, int recruits,
        int? capacity = null)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = DateTime.UtcNow;
        var institution = Institution.Create($"Roll-call school {Guid.NewGuid():N}"[..30], "GH", "Africa/Accra", null, now);
        db.Institutions.Add(institution);
        await db.SaveChangesAsync();

        var email = $"instructor-{Guid.NewGuid():N}@load.test";
        var instructor = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Roll-call instructor", InstitutionId = institution.Id, CreatedAt = now,
        };
        Check(await users.CreateAsync(instructor, Seed.Password));
        Check(await users.AddToRoleAsync(instructor, Roles.Instructor));

        var version = await db.CourseVersions.Where(v => v.CourseId == LoadCourse.Id).OrderByDescending(v => v.Number).FirstAsync();
        var module = await db.CourseModules.Where(m => m.CourseVersionId == version.Id).Select(m => m.Id).FirstAsync();
        var cohort = Cohort.Create(institution.Id, version.Id, version.Language, "Roll-call intake", DateOnly.FromDateTime(now), DateOnly.FromDateTime(now.AddDays(1)),
            capacity ?? recruits, instructor.Id, Guid.NewGuid().ToString("N"), now);
        cohort.MoveTo(CohortState.Published, now);
        cohort.MoveTo(CohortState.InProgress, now);
        cohort.Instructors.Add(new CohortInstructor { UserId = instructor.Id, IsLead = true });
        var session = CohortSession.Create(module, now.AddHours(-2), now.AddHours(-1), "Hall A", []);
        cohort.Sessions.Add(session);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();

        for (var i = 0; i < recruits; i++)
        {
            var hex = Guid.NewGuid().ToString("N");
            var recruit = new ApplicationUser
            {
                UserName = $"rc-{hex}", NormalizedUserName = $"RC-{hex}".ToUpperInvariant(), DisplayName = $"Recruit {i:000}",
                ServiceNumber = $"GPS {i:0000}", InstitutionId = institution.Id, CreatedAt = now,
            };
            db.Users.Add(recruit);
            db.Enrollments.Add(Enrollment.Create(cohort.Id, recruit.Id, now));
        }
        await db.SaveChangesAsync();
        Console.WriteLine($"Seeded a cohort of {recruits} recruits in {clock.Elapsed.TotalSeconds:0.0} s");
        return (cohort.Id, session.Id, new Recruit(email, Seed.Password));
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
