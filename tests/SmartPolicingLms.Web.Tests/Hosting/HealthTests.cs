using System.Net;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Hosting;

public abstract class HealthTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Health_is_reported_healthy_to_anyone_while_the_database_answers()
    {
        var response = await NewVisitor().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task Health_is_reported_unhealthy_once_the_database_is_gone()
    {
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        var visitor = new Visitor(installation);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/health")).StatusCode);

        await installation.MakeDatabaseUnreachableAsync();
        var response = await visitor.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : HealthTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : HealthTests(factory), IClassFixture<PostgresLmsFactory>;
}
