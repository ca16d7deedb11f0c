namespace SmartPolicingLms.Web.Features.Partners;

// A partner organisation's country comes from the same ISO 3166 list as an institution's (Institutions/Countries), so a
// cohort's slots are offered the organisations of its institution's country. Organisations recorded before countries
// were asked have none until someone edits them.
internal static class PartnerCountries
{
    static readonly IStringLocalizer T = Localizers.For<PartnersStrings>();

    public static bool IsListed(string? code) => Institutions.Countries.IsKnown(code);

    public static string Name(string? code) =>
        Institutions.Countries.Normal(code) is { } known ? Institutions.Countries.Name(known) : T["Not recorded"];

    public static IEnumerable<(string Code, string Name)> Options() => Institutions.Countries.ByName();
}
