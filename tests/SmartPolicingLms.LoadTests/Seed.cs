using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Data;
using SmartPolicingLms.Web.Security;

namespace SmartPolicingLms.LoadTests;

internal sealed record Recruit(string Email, string Password);

// An institution, its instructor, a published cohort of the load course whose sessions are over (so its post-test
// is open), and the recruits enrolled in it, made through the app's own services.
internal static class Seed
{
    public const string Password = "LoadTest-Passw0rd";

    public static async Task<(int CohortId, IReadOnlyList<Recruit> Recruits)> CohortAsync(IServiceProvider services, int recruits)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = DateTime.UtcNow;

        var institution = Institution.Create($"Load test school {Guid.NewGuid():N}"[..30], "GH", "Africa/Accra", null, now);
        db.Institutions.Add(institution);
        await db.SaveChangesAsync();
        var instructor = await UserAsync(users, $"instructor-{Guid.NewGuid():N}@load.test", Roles.Instructor, institution.Id);

        var version = await db.CourseVersions.Where(v => v.CourseId == LoadCourse.Id).OrderByDescending(v => v.Number).FirstAsync();
        var module = await db.CourseModules.Where(m => m.CourseVersionId == version.Id).Select(m => m.Id).FirstAsync();
        var cohort = Cohort.Create(institution.Id, version.Id, version.Language, "Load test intake", DateOnly.FromDateTime(now.AddDays(-10)),
            DateOnly.FromDateTime(now.AddDays(-9)), recruits, instructor, Guid.NewGuid().ToString("N"), now);
        // Through Published, as an instructor moves it: MoveTo refuses a skipped state.
        cohort.MoveTo(CohortState.Published, now);
        cohort.MoveTo(CohortState.InProgress, now);
        cohort.Instructors.Add(new CohortInstructor { UserId = instructor, IsLead = true });
        cohort.Sessions.Add(CohortSession.Create(module, now.AddDays(-10), now.AddDays(-10).AddHours(1), "Hall A", []));
        cohort.Sessions.Add(CohortSession.Create(module, now.AddDays(-9), now.AddDays(-9).AddHours(1), "Hall A", []));
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();

        var made = new List<Recruit>();
        for (var i = 0; i < recruits; i++)
        {
            var email = $"recruit-{i:000}-{Guid.NewGuid():N}"[..24] + "@load.test";
            var id = await UserAsync(users, email, Roles.Recruit, institution.Id);
            db.Enrollments.Add(Enrollment.Create(cohort.Id, id, now.AddDays(-20)));
            made.Add(new Recruit(email, Password));
        }
        await db.SaveChangesAsync();
        return (cohort.Id, made);
    }

    static async Task<string> UserAsync(UserManager<ApplicationUser> users, string email, string role, int institutionId)
    {
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = email[..email.IndexOf('@')],
            InstitutionId = institutionId, CreatedAt = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return user.Id;
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    public static async Task<(int Answers, int Submitted)> CountAsync(IServiceProvider services, int cohortId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var attempts = db.TestAttempts.Where(a => db.Enrollments.Any(e => e.Id == a.EnrollmentId && e.CohortId == cohortId));
        return (await db.TestAnswers.CountAsync(a => attempts.Any(t => t.Id == a.TestAttemptId)),
            await attempts.CountAsync(a => a.SubmittedAt != null));
    }
}
