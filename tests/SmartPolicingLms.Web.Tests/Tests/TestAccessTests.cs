using System.Net;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Tests;

// Who gets which of the tests and results pages of a cohort, as the authorization matrix will hold them: the
// recruit enrolled in it, its lead instructor, a program officer who follows its institution, an administrator.
public abstract class TestAccessTests(LmsFactory factory) : LmsTest(factory)
{
    const string Ok = "ok", SignIn = "sign-in", Denied = "denied", NotFound = "not-found";

    [SkippableFact]
    public async Task Each_role_gets_what_the_tests_and_results_pages_promise()
    {
        var world = await TestWorld.BeforeTheCourseAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        var visitors = new Dictionary<string, Visitor>
        {
            ["anonymous"] = NewVisitor(),
            ["administrator"] = await AdministratorAsync(),
            ["officer"] = await world.SignedInAsync(await People.CreateAsync(Roles.ProgramOfficer, world.InstitutionId)),
            ["instructor"] = await world.SignedInAsync(world.Lead),
            ["recruit"] = await world.SignedInAsync(recruit),
        };
        var learn = $"/learn/cohorts/{world.CohortId}/tests/pre";
        var cohort = $"/cohorts/{world.CohortId}";
        (string Url, string[] Expected)[] table =
        [
            (learn, [SignIn, Denied, Denied, Denied, Ok]),
            ($"{learn}/q/1", [SignIn, Denied, Denied, Denied, Ok]),
            ($"{learn}/review", [SignIn, Denied, Denied, Denied, Ok]),
            ($"{cohort}/tests", [SignIn, Denied, Denied, Ok, Denied]),
            ($"{cohort}/tests/recruits/{enrollment}", [SignIn, Denied, Denied, Ok, Denied]),
            ($"{cohort}/tests/recruits/{enrollment}/paper/pre", [SignIn, Denied, Denied, Ok, Denied]),
            ($"{cohort}/results", [SignIn, Denied, Ok, Ok, Denied]),
        ];

        var failures = new List<string>();
        foreach (var (url, expected) in table)
            foreach (var (who, i) in visitors.Keys.Select((k, i) => (k, i)))
            {
                var got = Classify(await visitors[who].GetAsync(url));
                if (got != expected[i])
                    failures.Add($"{url} as {who}: expected {expected[i]}, got {got}");
            }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SkippableFact]
    public async Task Another_institutions_cohort_is_answered_as_if_it_did_not_exist()
    {
        var world = await TestWorld.AfterTheCourseAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        var elsewhere = await People.CreateInstitutionAsync();
        var instructor = await world.SignedInAsync(await People.CreateAsync(Roles.Instructor, elsewhere));
        var officer = await world.SignedInAsync(await People.CreateAsync(Roles.ProgramOfficer, elsewhere));
        var recruit = await world.SignedInAsync(await People.CreateAsync(Roles.Recruit, elsewhere));

        Assert.Equal(NotFound, Classify(await instructor.GetAsync($"/cohorts/{world.CohortId}/tests")));
        Assert.Equal(NotFound, Classify(await instructor.GetAsync($"/cohorts/{world.CohortId}/tests/recruits/{enrollment}")));
        Assert.Equal(NotFound, Classify(await instructor.GetAsync($"/cohorts/{world.CohortId}/results")));
        Assert.Equal(NotFound, Classify(await officer.GetAsync($"/cohorts/{world.CohortId}/results")));
        Assert.Equal(Denied, Classify(await recruit.GetAsync($"/learn/cohorts/{world.CohortId}/tests/post")));
    }

    static string Classify(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Ok,
        HttpStatusCode.Forbidden => Denied,
        HttpStatusCode.NotFound => NotFound,
        _ when Visitor.RedirectPath(response) == "/Account/Login" => SignIn,
        _ when Visitor.RedirectPath(response) == "/Account/AccessDenied" => Denied,
        var status => $"{(int)status} {Visitor.RedirectPath(response)}",
    };

    public sealed class OnSqlite(SqliteLmsFactory factory) : TestAccessTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : TestAccessTests(factory), IClassFixture<PostgresLmsFactory>;
}
