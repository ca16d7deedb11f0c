using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using SmartPolicingLms.Web.Reporting;

namespace SmartPolicingLms.Web.Tests.Reporting;

public sealed class ReportScopeTests
{
    static (ReportScope? Scope, Refusal? Refusal) Parse(string query) => ReportScope.Parse(new QueryCollection(QueryHelpers.ParseQuery(query)));

    [Fact]
    public void A_scope_reads_back_from_the_address_it_writes()
    {
        var scope = new ReportScope(3, "kgz-police academy", [9, 7], new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        var (read, refusal) = Parse(scope.ToQuery());

        Assert.Null(refusal);
        Assert.Equal(3, read!.InstitutionId);
        Assert.Equal("kgz-police academy", read.CourseId);
        Assert.Equal([7, 9], read.CohortIds);
        Assert.Equal(new DateOnly(2026, 1, 1), read.From);
        Assert.Equal(new DateOnly(2026, 12, 31), read.To);
    }

    [Fact]
    public void Everything_has_no_query_and_an_empty_query_is_everything()
    {
        Assert.Equal("", ReportScope.Everything.ToQuery());
        var (read, _) = Parse("");
        Assert.Equal((null, null, 0, null, null), (read!.InstitutionId, read.CourseId, read.CohortIds.Count, read.From, read.To));
    }

    [Theory]
    [InlineData("?institution=x", "institution")]
    [InlineData("?cohort=1&cohort=-2", "cohort")]
    [InlineData("?from=31.12.2026", "start")]
    [InlineData("?to=2026-13-01", "end")]
    [InlineData("?from=2026-12-01&to=2026-01-01", "starts")]
    public void A_value_that_cannot_be_read_is_refused_naming_the_field(string query, string named)
    {
        var (scope, refusal) = Parse(query);

        Assert.Null(scope);
        Assert.Equal(RefusalKind.Invalid, refusal!.Kind);
        Assert.Contains(named, refusal.Message);
    }
}
