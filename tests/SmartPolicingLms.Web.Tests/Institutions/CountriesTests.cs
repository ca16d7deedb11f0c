using System.Globalization;
using SmartPolicingLms.Web.Features.Institutions;

namespace SmartPolicingLms.Web.Tests.Institutions;

// The list an institution's country and time zone are chosen from.
public sealed class CountriesTests
{
    [Fact]
    public void Every_ISO_3166_country_is_listed_even_those_dotnet_has_no_region_for()
    {
        var codes = Countries.Codes.ToHashSet();

        Assert.Equal(249, codes.Count);
        Assert.Superset(new HashSet<string> { "KG", "GH", "KE", "IN", "MM", "KY", "EH" }, codes);
    }

    [Fact]
    public void Every_country_has_a_time_zone_the_institution_form_accepts_and_no_zone_is_offered_twice()
    {
        foreach (var code in Countries.Codes)
        {
            var zones = Countries.ZonesOf(code);
            Assert.NotEmpty(zones);
            Assert.All(zones, zone => Assert.True(InstitutionFieldsValidator.IsIanaTimeZone(zone), $"{code}: {zone}"));
        }
        var all = Countries.Codes.SelectMany(Countries.ZonesOf).Where(z => z != "Etc/UTC").ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public void Kyrgyzstan_is_KG_with_Bishkek_and_the_Cayman_Islands_keep_KY()
    {
        var byName = Countries.ByName().ToDictionary(c => c.Name, c => c.Code);

        Assert.Equal("KG", byName["Kyrgyzstan"]);
        Assert.Equal("KY", byName["Cayman Islands"]);
        Assert.Equal(["Asia/Bishkek"], Countries.ZonesOf("kg"));
        Assert.Contains("Asia/Kolkata", Countries.ZonesOf("IN"));
        Assert.Empty(Countries.ZonesOf("XX"));
        Assert.False(Countries.IsKnown("Kyrgyzstan"));
    }

    [Theory]
    [InlineData("ru", "CI", "Кот-д’Ивуар")]
    [InlineData("ky", "KY", "Кайман аралдары")]
    [InlineData("ru", "KG", "Кыргызстан")]
    public void Countries_are_named_in_the_readers_language_beyond_the_programmes_own(string language, string code, string name)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            Assert.Equal(name, Countries.Name(code));
            Assert.Contains((code, name), Countries.ByName());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
