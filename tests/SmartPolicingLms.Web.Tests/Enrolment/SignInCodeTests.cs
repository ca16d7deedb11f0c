using SmartPolicingLms.Web.Security;
using SmartPolicingLms.Web.Features.Enrolment;

namespace SmartPolicingLms.Web.Tests.Enrolment;

public sealed class SignInCodeTests
{
    static readonly DateTime IssuedAt = new(2027, 3, 1, 6, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_code_has_a_hundred_bits_in_groups_easy_to_read_aloud()
    {
        var code = SignInCodes.NewCode();

        Assert.Matches("^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){4}$", code);
        Assert.Equal(100, 20 * Math.Log2(32));
    }

    [Fact]
    public void A_code_matches_however_it_is_typed_and_only_itself()
    {
        var code = SignInCodes.NewCode();
        var stored = SignInCodes.Issue("user", code, "instructor", IssuedAt);

        Assert.True(SignInCodes.Matches(stored, code.Replace("-", " ").ToLowerInvariant()));
        Assert.False(SignInCodes.Matches(stored, SignInCodes.NewCode()));
        Assert.Equal(64, stored.CodeHash.Length);
        Assert.DoesNotContain(code.Replace("-", ""), stored.CodeHash, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(stored.IssuedAt + TimeSpan.FromDays(30), stored.ExpiresAt);
    }

    // How long issuing them takes is measured by hand: the load runner's roster-import mode.
    [Fact]
    public void Five_hundred_codes_issued_at_once_are_all_different()
    {
        var codes = Enumerable.Range(0, 500).Select(i => SignInCodes.Issue($"u{i}", SignInCodes.NewCode(), "i", IssuedAt)).ToList();

        Assert.Equal(500, codes.Select(c => c.CodeHash).Distinct().Count());
    }

}
