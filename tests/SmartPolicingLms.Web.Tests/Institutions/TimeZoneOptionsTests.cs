using Microsoft.Extensions.DependencyInjection;
using Bunit;
using SmartPolicingLms.Web.Features.Institutions;

namespace SmartPolicingLms.Web.Tests.Institutions;

// The suggestions under the time-zone field.
public sealed class TimeZoneOptionsTests : BunitContext
{
    // The component's words come from its feature's resources, as on the pages.
    public TimeZoneOptionsTests() => Services.AddLocalization();

    IReadOnlyList<string> Suggestions(IRenderedComponent<TimeZoneOptions> list) =>
        [.. list.FindAll("datalist option").Select(o => o.GetAttribute("value")!)];

    [Fact]
    public void The_zones_of_the_programmes_academies_are_suggested()
    {
        var suggestions = Suggestions(Render<TimeZoneOptions>());

        Assert.Superset(new HashSet<string> { "Africa/Accra", "Africa/Nairobi", "Asia/Bishkek", "Asia/Kolkata" }, suggestions.ToHashSet());
    }

    [Fact]
    public void Every_suggestion_is_a_zone_the_institution_form_accepts()
    {
        var suggestions = Suggestions(Render<TimeZoneOptions>());

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, zone => Assert.True(InstitutionFieldsValidator.IsIanaTimeZone(zone), zone));
    }

    [Fact]
    public void Suggestions_are_in_order_without_repeats_or_offset_only_zones()
    {
        var suggestions = Suggestions(Render<TimeZoneOptions>());

        Assert.Equal(suggestions.Order(StringComparer.Ordinal), suggestions);
        Assert.Equal(suggestions.Distinct(), suggestions);
        Assert.DoesNotContain(suggestions, zone => zone.StartsWith("Etc/") || !zone.Contains('/'));
    }

    [Fact]
    public void The_list_carries_the_id_its_field_points_to()
    {
        var list = Render<TimeZoneOptions>(parameters => parameters.Add(p => p.Id, "cohort-zones"));

        Assert.Equal("cohort-zones", list.Find("datalist").Id);
    }
}
