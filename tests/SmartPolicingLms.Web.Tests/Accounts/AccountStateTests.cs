using Microsoft.Extensions.DependencyInjection;
using Bunit;
using SmartPolicingLms.Web.Features.Accounts;

namespace SmartPolicingLms.Web.Tests.Accounts;

public sealed class AccountStateTests : BunitContext
{
    // The component's words come from its feature's resources, as on the pages.
    public AccountStateTests() => Services.AddLocalization();

    static string Shown(IRenderedComponent<AccountState> state) =>
        Harness.HtmlPage.Normalize(string.Concat(state.Nodes.Select(n => n.TextContent)));

    [Fact]
    public void A_locked_out_account_says_so()
    {
        var state = Render<AccountState>(p => p.Add(s => s.LockedOut, true));

        Assert.Equal("Locked out", Shown(state));
    }

    [Fact]
    public void An_account_still_on_its_one_time_code_says_so()
    {
        var state = Render<AccountState>(p => p.Add(s => s.MustSetPassword, true));

        Assert.Equal("Has not chosen a password", Shown(state));
    }

    [Fact]
    public void Both_states_are_shown_together()
    {
        var state = Render<AccountState>(p => p.Add(s => s.LockedOut, true).Add(s => s.MustSetPassword, true));

        Assert.Equal(2, state.FindAll(".badge").Count);
    }

    [Fact]
    public void An_account_in_use_shows_nothing()
    {
        Assert.Equal("", Shown(Render<AccountState>()));
    }
}
