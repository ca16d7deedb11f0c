using Microsoft.Extensions.DependencyInjection;
using Bunit;
using SmartPolicingLms.Web.Features.Accounts;

namespace SmartPolicingLms.Web.Tests.Accounts;

public sealed class OneTimeCodeTests : BunitContext
{
    // The component's words come from its feature's resources, as on the pages.
    public OneTimeCodeTests() => Services.AddLocalization();

    [Fact]
    public void The_code_is_shown_with_the_account_it_signs_in()
    {
        var shown = Render<OneTimeCode>(p => p.Add(c => c.Email, "ama@example.org").Add(c => c.Code, "K7QM-2XPA-9RTV-HB4N-WC3E"));

        Assert.Equal("K7QM-2XPA-9RTV-HB4N-WC3E", shown.Find("[data-testid=one-time-code]").TextContent);
        Assert.Contains("ama@example.org", shown.Find("[role=status]").TextContent);
    }
}
