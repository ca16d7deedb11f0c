using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Hosting;

public abstract class ConcurrentStartTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Two_instances_starting_together_on_an_empty_database_set_it_up_once()
    {
        await using var first = Factory.NewInstallation();
        await using var second = first.NewInstanceOnSameDatabase();

        await Task.WhenAll(Task.Run(first.Start), Task.Run(second.Start));

        var validCourses = CourseLoader.LoadAll(first.CurriculaFolder).Where(r => r.Course is not null).Select(r => r.Course!.Id).Order().ToList();
        var state = await first.WithDatabaseAsync(async db => new
        {
            VersionsPerCourse = await db.CourseVersions.GroupBy(v => v.CourseId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(),
            Runs = await db.ImportRuns.Include(r => r.Folders).ToListAsync(),
            Administrators = (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync())
                .Count(name => name == Roles.Administrator),
            Keys = await db.DataProtectionKeys.CountAsync(),
        });

        Assert.Equal(validCourses, state.VersionsPerCourse.Select(c => c.Key).Order());
        Assert.All(state.VersionsPerCourse, course => Assert.Equal(1, course.Count));
        Assert.Equal(2, state.Runs.Count);
        Assert.Equal(validCourses.Count, state.Runs.SelectMany(r => r.Folders).Count(f => f.Outcome == ImportOutcome.Imported));
        Assert.Equal(1, state.Administrators);
        Assert.Equal(1, state.Keys);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ConcurrentStartTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ConcurrentStartTests(factory), IClassFixture<PostgresLmsFactory>;
}
