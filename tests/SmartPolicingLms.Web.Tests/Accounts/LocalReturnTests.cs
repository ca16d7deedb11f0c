namespace SmartPolicingLms.Web.Tests.Accounts;

public sealed class LocalReturnTests
{
    [Theory]
    [InlineData("/cohorts/7", "cohorts/7")]
    [InlineData("cohorts/7?tab=results", "cohorts/7?tab=results")]
    [InlineData("~/learn", "learn")]
    [InlineData("http://localhost:5127/cohorts/7", "cohorts/7")]
    [InlineData("/", "")]
    [InlineData(null, "")]
    public void A_path_inside_the_lms_is_kept_relative_to_its_base(string? candidate, string expected) =>
        Assert.Equal(expected, LocalReturn.Of(candidate, "http://localhost:5127/"));

    [Theory]
    [InlineData("http://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https:evil.example")]
    [InlineData("/cohorts\r\nLocation: x")]
    [InlineData("/a\0b")]
    public void Anything_else_is_the_home_page(string candidate) =>
        Assert.Equal("", LocalReturn.Of(candidate, "http://localhost:5127/"));
}
