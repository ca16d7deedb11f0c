using Microsoft.AspNetCore.Authorization;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Authorization;

// Every endpoint the app maps, requested by an anonymous visitor, each role, and someone still holding a one-time
// code, against the expectations in AccessTable.
public abstract class AuthorizationMatrixTests(LmsFactory factory) : LmsTest(factory)
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var pattern in AccessTable.Rows.Keys.Order(StringComparer.Ordinal))
            foreach (var visitor in MatrixWorld.Visitors)
                cases.Add(pattern, visitor);
        return cases;
    }

    [SkippableFact]
    public void Every_endpoint_has_a_row_in_the_access_table_and_every_row_an_endpoint()
    {
        var mapped = Endpoints.All(Factory).Where(e => !Endpoints.IsStaticAsset(e)).Select(Endpoints.Pattern).ToHashSet();

        Assert.Multiple(
            () => Assert.True(mapped.Except(AccessTable.Rows.Keys).Order().ToList() is [],
                "Endpoints without a row in AccessTable: " + string.Join(", ", mapped.Except(AccessTable.Rows.Keys).Order())),
            () => Assert.True(AccessTable.Rows.Keys.Except(mapped).Order().ToList() is [],
                "AccessTable rows without an endpoint: " + string.Join(", ", AccessTable.Rows.Keys.Except(mapped).Order())));
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task Each_visitor_gets_what_the_access_table_says(string pattern, string visitor)
    {
        var world = await MatrixWorld.For(Factory);
        var endpoint = Endpoints.All(Factory).Where(e => !Endpoints.IsStaticAsset(e)).Single(e => Endpoints.Pattern(e) == pattern);
        var method = Endpoints.RequestMethod(Endpoints.Methods(endpoint));

        var response = await Endpoints.RequestAsync(await VisitorFor(world, visitor, method), method, world.Fill(pattern));

        Assert.True(AccessTable.Rows[pattern].For(visitor) == Outcomes.Of(response),
            $"{method} {pattern} as {visitor}: expected {AccessTable.Rows[pattern].For(visitor)}, " +
            $"got {Outcomes.Of(response)} ({Outcomes.Describe(response)})");
    }

    [SkippableFact]
    public async Task Records_of_another_institution_are_open_only_to_administrators()
    {
        var world = await MatrixWorld.For(Factory);
        foreach (var ownership in AccessTable.OtherInstitutions)
        {
            var url = world.Fill(ownership.Pattern, ownership.OtherInstitutionValues(world));
            foreach (var visitor in MatrixWorld.Visitors)
            {
                var response = await world.SignedIn[visitor].GetAsync(url);
                Assert.True(ownership.Expected.For(visitor) == Outcomes.Of(response),
                    $"GET {url} as {visitor} of another institution: expected {ownership.Expected.For(visitor)}, got {Outcomes.Describe(response)}");
            }
        }
    }

    [SkippableFact]
    public async Task Every_static_asset_is_served_to_anonymous_visitors()
    {
        var anonymous = NewVisitor();
        var assets = Endpoints.All(Factory).Where(Endpoints.IsStaticAsset).ToList();
        Assert.NotEmpty(assets);

        foreach (var asset in assets)
        {
            Assert.True(asset.Metadata.GetMetadata<IAllowAnonymous>() is not null, $"{Endpoints.Pattern(asset)} is not marked anonymous");
            var response = await anonymous.GetAsync(Endpoints.Pattern(asset));
            Assert.True(Outcomes.Of(response) == Outcome.Ok, $"GET {Endpoints.Pattern(asset)}: {Outcomes.Describe(response)} {string.Join("\n", Factory.Logs.Messages(Microsoft.Extensions.Logging.LogLevel.Error))}");
        }
    }

    // A POST may end the visitor's session, and a sign-out ends every session of the person, so it goes through a
    // person and browser of its own.
    static async Task<Visitor> VisitorFor(MatrixWorld world, string visitor, string method)
    {
        if (method == "GET")
            return world.SignedIn[visitor];
        var fresh = new Visitor(world.Factory);
        if (visitor != MatrixWorld.Anonymous)
            await fresh.SignInAsync(await world.NewPersonLikeAsync(visitor));
        return fresh;
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : AuthorizationMatrixTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : AuthorizationMatrixTests(factory), IClassFixture<PostgresLmsFactory>;
}
