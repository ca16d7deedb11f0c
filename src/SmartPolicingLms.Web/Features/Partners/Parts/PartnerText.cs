
namespace SmartPolicingLms.Web.Features.Partners;

internal static class PartnerText
{
    public static string Community(PartnerCommunity community) => community switch
    {
        PartnerCommunity.SexWorkers => "Sex workers",
        PartnerCommunity.PeopleWhoUseDrugs => "People who use drugs",
        _ => "Sex workers and people who use drugs",
    };

    public static string Kind(bool isCommunityLed) => isCommunityLed ? "Community-led" : "Works with the community";
}
