using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Catalogue;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

public abstract class CohortVersionTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_cohort_keeps_its_course_version_after_a_newer_version_is_imported()
    {
        await using var installation = Factory.NewInstallation(editableCurricula: true);
        var institution = await installation.People.CreateInstitutionAsync();
        var instructor = await SignedInAsync(installation, Roles.Instructor, institution);
        var administrator = await SignedInAsync(installation, Roles.Administrator, null);
        var start = Scheduling.MondayAhead();

        var kept = await CreateCohortAsync(instructor, start);
        var module = ExpectedCourses.ShippedCourse(Scheduling.GhanaCourse).Modules[0];
        File.AppendAllText(Path.Combine(installation.CurriculaFolder, Scheduling.GhanaCourse, module.SourcePath),
            $"\n\nAdded after the cohort was created ({Guid.NewGuid():N}).\n");
        await administrator.SubmitAsync(await administrator.OpenAsync("/admin/course-import"), "import-now");
        var newer = await CreateCohortAsync(instructor, start.AddDays(28));
        var schedule = await instructor.OpenAsync($"/cohorts/{kept}/schedule");
        await instructor.SubmitAsync(schedule, "draft-schedule", ("Input.Location", "Classroom B"));

        var versions = await installation.WithDatabaseAsync(db => db.CourseVersions.Where(v => v.CourseId == Scheduling.GhanaCourse)
            .OrderBy(v => v.Number).Select(v => v.Id).ToListAsync());
        Assert.Equal(2, versions.Count);
        var cohorts = await installation.WithDatabaseAsync(db => db.Cohorts.AsNoTracking()
            .Where(c => c.Id == kept || c.Id == newer).ToDictionaryAsync(c => c.Id, c => c.CourseVersionId));
        Assert.Equal(versions[0], cohorts[kept]);
        Assert.Equal(versions[1], cohorts[newer]);
        var scheduledVersions = await installation.WithDatabaseAsync(db => db.CohortSessions.Where(s => s.CohortId == kept)
            .Join(db.CourseModules, s => s.CourseModuleId, m => m.Id, (s, m) => m.CourseVersionId).Distinct().ToListAsync());
        Assert.Equal([versions[0]], scheduledVersions);
        var page = await instructor.OpenAsync($"/cohorts/{kept}");
        Assert.Contains(CatalogueLinks.Version(Scheduling.GhanaCourse, 1), page.Links);
        Assert.DoesNotContain(CatalogueLinks.Version(Scheduling.GhanaCourse, 2), page.Links);
    }

    static async Task<Visitor> SignedInAsync(LmsFactory installation, string role, int? institution)
    {
        var visitor = new Visitor(installation);
        await visitor.SignInAsync(await installation.People.CreateAsync(role, institution));
        return visitor;
    }

    // Through the new-cohort form, leaving the version at "the course's latest".
    static async Task<int> CreateCohortAsync(Visitor instructor, DateOnly start)
    {
        var response = await instructor.SubmitAsync(await instructor.OpenAsync("/cohorts/new"), "create-cohort",
            ("Input.Name", Scheduling.Unique("Recruit intake")), ("Input.CourseId", Scheduling.GhanaCourse),
            ("Input.StartDate", start.ToString("yyyy-MM-dd")), ("Input.EndDate", start.AddDays(27).ToString("yyyy-MM-dd")));
        var path = Visitor.RedirectPath(response)
            ?? throw new InvalidOperationException("The cohort was not created: " + (await instructor.FollowAsync(response)).Text);
        return int.Parse(path.Split('/')[^1]);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CohortVersionTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CohortVersionTests(factory), IClassFixture<PostgresLmsFactory>;
}
