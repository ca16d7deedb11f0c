using SmartPolicingLms.Web.Features.Calendar;

namespace SmartPolicingLms.Web.Tests.Calendar;

public sealed class CalendarTokenTests
{
    [Fact]
    public void A_token_carries_256_random_bits_in_url_safe_characters()
    {
        var token = CalendarToken.New();

        Assert.Equal(43, token.Length);
        Assert.True(CalendarToken.LooksValid(token));
        Assert.Equal(token, Uri.EscapeDataString(token));
    }

    [Fact]
    public void Tokens_do_not_repeat()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => CalendarToken.New()).ToHashSet();

        Assert.Equal(1000, tokens.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../etc/passwd")]
    [InlineData("abc.ics")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123456789")]
    public void Anything_that_cannot_be_a_token_is_refused_before_the_database_is_asked(string candidate) =>
        Assert.False(CalendarToken.LooksValid(candidate));

    [Fact]
    public void A_webcal_link_is_the_same_address_under_the_webcal_scheme() =>
        Assert.Equal("webcal://lms.example/calendar/cohort/abc.ics", CalendarLinks.Webcal(CalendarLinks.CohortFeed("https://lms.example/", "abc")));
}
