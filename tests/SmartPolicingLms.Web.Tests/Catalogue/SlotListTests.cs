using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Catalogue;

namespace SmartPolicingLms.Web.Tests.Catalogue;

public sealed class SlotListTests : BunitContext
{
    // The list's one word ("None") comes from the catalogue's resources, as on the pages.
    public SlotListTests() => Services.AddLocalization();

    [Fact]
    public void A_module_without_slots_says_none()
    {
        var list = Render<SlotList>(p => p.Add(s => s.Slots, []));

        Assert.Equal("None", list.Find("span").TextContent);
        Assert.Empty(list.FindAll("li"));
    }

    [Fact]
    public void Slots_are_listed_in_their_order()
    {
        string[] slots = ["Co-trainer: Sex workers", "Co-trainer: People who use drugs"];

        var list = Render<SlotList>(p => p.Add(s => s.Slots, slots));

        Assert.Equal(slots, list.FindAll("li").Select(li => li.TextContent));
        Assert.Empty(list.FindAll("span"));
    }
}
