
namespace SmartPolicingLms.Web.Features.Partners;

internal static class PartnerText
{
    static readonly IStringLocalizer T = Localizers.For<PartnersStrings>();

    public static string Community(PartnerCommunity community) => community switch
    {
        PartnerCommunity.SexWorkers => T["Sex workers"],
        PartnerCommunity.PeopleWhoUseDrugs => T["People who use drugs"],
        _ => T["Sex workers and people who use drugs"],
    };

    public static string Kind(bool isCommunityLed) => isCommunityLed ? T["Community-led"] : T["Works with the community"];
}
