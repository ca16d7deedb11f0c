using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Hosting;

// Behind a load balancer each request may reach another instance: the keys that protect cookies and antiforgery
// tokens live in the shared database, so every instance reads what any instance wrote.
public abstract class DataProtectionTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_sign_in_from_one_instance_is_honoured_by_another_on_the_same_database()
    {
        var (visitor, _) = await SignedInAsync(Roles.Recruit);
        await using var secondInstance = Factory.NewInstanceOnSameDatabase();

        var response = await visitor.On(secondInstance).GetAsync("/catalogue");

        Assert.Equal(Outcome.Ok, Outcomes.Of(response));
    }

    [SkippableFact]
    public async Task A_form_served_by_one_instance_can_be_posted_to_another_on_the_same_database()
    {
        var administrator = await AdministratorAsync();
        var form = await administrator.OpenAsync("/admin/institutions/new");
        var name = $"Posted across instances {Guid.NewGuid():N}"[..40];
        await using var secondInstance = Factory.NewInstanceOnSameDatabase();

        var response = await administrator.On(secondInstance).SubmitAsync(form, "create-institution",
            ("Input.Name", name), ("Input.CountryCode", "KE"), ("Input.TimeZoneId", "Africa/Nairobi"));

        Assert.Equal(Outcome.Redirect, Outcomes.Of(response));
        Assert.True(await Factory.WithDatabaseAsync(db => db.Institutions.AnyAsync(i => i.Name == name)));
    }

    // The control: without the shared keys the same cookie means nothing, so the tests above can fail.
    [SkippableFact]
    public async Task A_sign_in_from_another_installation_is_not_honoured()
    {
        var (visitor, _) = await SignedInAsync(Roles.Recruit);
        await using var otherInstallation = Factory.NewInstallation();
        otherInstallation.ImportCoursesOnStart = false;

        var response = await visitor.On(otherInstallation).GetAsync("/catalogue");

        Assert.Equal(Outcome.SignIn, Outcomes.Of(response));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : DataProtectionTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : DataProtectionTests(factory), IClassFixture<PostgresLmsFactory>;
}
