using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Features.Demo;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Demo;

// A newcomer switches demo data on with one setting (Demo:Seed, or Demo__Seed in the environment).
public abstract class DemoDataTests(LmsFactory factory) : LmsTest(factory)
{
    // The organisations the source report names, which the demo is meant to show.
    static readonly string[] ReportOrganisations = ["Tais Plus", "Sotsium", "WAPCAS", "KASH"];

    [SkippableFact]
    public async Task Starting_with_demo_data_on_creates_the_Kyrgyz_and_Ghana_institutions_partners_and_a_draft_cohort_of_each_course()
    {
        await using var installation = Factory.NewInstallation();
        await using var seeded = WithDemoData(installation);

        var (institutions, organisations, cohorts) = await ReadAsync(seeded);

        Assert.Contains(institutions, i => (i.CountryCode, i.TimeZoneId) == ("KG", "Asia/Bishkek"));
        Assert.Contains(institutions, i => (i.CountryCode, i.TimeZoneId) == ("GH", "Africa/Accra"));
        Assert.Superset(ReportOrganisations.ToHashSet(), organisations.ToHashSet());
        Assert.Equal(2, cohorts.Count);
        Assert.All(cohorts, c => Assert.Equal(CohortState.Draft, c.State));
        Assert.Equal([("GH", Scheduling.GhanaCourse), ("KG", Scheduling.KyrgyzCourse)],
            cohorts.Select(c => (institutions.Single(i => i.Id == c.InstitutionId).CountryCode, c.CourseId)).Order());
        foreach (var cohort in cohorts)
        {
            var review = await ReviewAsync(seeded, cohort.Id);
            Assert.True(review.Modules.All(m => !m.Time.IsShort), $"{cohort.CourseId}: a module is short of time");
            Assert.NotEmpty(review.OpenSlots);
        }
        var demoInstitutions = cohorts.Select(c => c.InstitutionId).ToList();
        var instructors = await UseAsync(seeded, db => db.Users.Where(u => u.InstitutionId != null && demoInstitutions.Contains(u.InstitutionId.Value))
            .GroupBy(u => u.InstitutionId).Select(g => g.Key!.Value).ToListAsync());
        Assert.Equal(demoInstitutions.Order(), instructors.Order());
    }

    [SkippableFact]
    public async Task A_second_start_with_demo_data_on_adds_nothing()
    {
        await using var installation = Factory.NewInstallation();
        Counts first;
        await using (var seeded = WithDemoData(installation))
            first = await CountsAsync(seeded);

        await using var restarted = installation.NewInstanceOnSameDatabase();
        await using var again = WithDemoData(restarted);

        Assert.Equal(first, await CountsAsync(again));
        Assert.True(first.Cohorts > 0 && first.Organisations > 0);
    }

    [SkippableFact]
    public async Task Without_the_setting_an_installation_starts_empty()
    {
        await using var installation = Factory.NewInstallation();
        installation.Start();

        var counts = await CountsAsync(installation);

        Assert.Equal((0, 0, 0, 0), (counts.Institutions, counts.Organisations, counts.CoTrainers, counts.Cohorts));
    }

    sealed record Counts(int Institutions, int Users, int Organisations, int CoTrainers, int Cohorts, int Sessions, int AuditEntries);

    static WebApplicationFactory<Program> WithDemoData(LmsFactory installation) =>
        installation.WithWebHostBuilder(builder => builder.UseSetting(DemoSeeder.Flag, "true"));

    static Task<Counts> CountsAsync(WebApplicationFactory<Program> app) => UseAsync(app, async db => new Counts(
        await db.Institutions.CountAsync(), await db.Users.CountAsync(), await db.PartnerOrganisations.CountAsync(),
        await db.CoTrainers.CountAsync(), await db.Cohorts.CountAsync(), await db.CohortSessions.CountAsync(), await db.AuditEntries.CountAsync()));

    sealed record CohortRow(int Id, int InstitutionId, string CourseId, CohortState State);

    static Task<(List<Institution>, List<string>, List<CohortRow>)> ReadAsync(WebApplicationFactory<Program> app) => UseAsync(app, async db => (
        await db.Institutions.AsNoTracking().ToListAsync(),
        await db.PartnerOrganisations.Select(o => o.Name).ToListAsync(),
        await db.Cohorts.Join(db.CourseVersions, c => c.CourseVersionId, v => v.Id, (c, v) => new CohortRow(c.Id, c.InstitutionId, v.CourseId, c.State))
            .ToListAsync()));

    static Task<ScheduleReview.Result> ReviewAsync(WebApplicationFactory<Program> app, int cohort) =>
        UseAsync(app, db => new ScheduleReview(db, new PlanBreaks(db)).HandleAsync(cohort, default));

    static async Task<T> UseAsync<T>(WebApplicationFactory<Program> app, Func<AppDbContext, Task<T>> read)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : DemoDataTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : DemoDataTests(factory), IClassFixture<PostgresLmsFactory>;
}
