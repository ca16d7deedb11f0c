using System.Globalization;
using SmartPolicingLms.Web.Localization;

namespace SmartPolicingLms.Web.Tests.Localization;

public sealed class PluralsTests
{
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru");
    static readonly CultureInfo Kyrgyz = CultureInfo.GetCultureInfo("ky");

    [Theory]
    [InlineData(0, "0 часов")]
    [InlineData(1, "1 час")]
    [InlineData(2, "2 часа")]
    [InlineData(5, "5 часов")]
    [InlineData(11, "11 часов")]
    [InlineData(12, "12 часов")]
    [InlineData(14, "14 часов")]
    [InlineData(21, "21 час")]
    [InlineData(22, "22 часа")]
    [InlineData(25, "25 часов")]
    [InlineData(101, "101 час")]
    [InlineData(111, "111 часов")]
    [InlineData(112, "112 часов")]
    [InlineData(122, "122 часа")]
    public void Russian_takes_one_few_or_many_by_the_last_digits(int count, string expected) =>
        Assert.Equal(expected, Plurals.Format(Russian, count, "{0} час|{0} часа|{0} часов|{0} часа"));

    [Fact]
    public void A_Russian_fraction_takes_the_other_form_and_a_decimal_comma() =>
        Assert.Equal("1,5 часа", Plurals.Format(Russian, 1.5m, "{0} час|{0} часа|{0} часов|{0} часа"));

    [Theory]
    [InlineData(0, "0 hours")]
    [InlineData(1, "1 hour")]
    [InlineData(2, "2 hours")]
    [InlineData(5, "5 hours")]
    [InlineData(11, "11 hours")]
    [InlineData(21, "21 hours")]
    [InlineData(22, "22 hours")]
    [InlineData(25, "25 hours")]
    [InlineData(101, "101 hours")]
    [InlineData(111, "111 hours")]
    public void English_has_one_and_other(int count, string expected) =>
        Assert.Equal(expected, Plurals.Format(English, count, "{0} hour|{0} hours"));

    [Fact]
    public void An_English_fraction_of_one_and_a_half_is_plural() =>
        Assert.Equal("1.5 hours", Plurals.Format(English, 1.5m, "{0} hour|{0} hours"));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(11)]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(25)]
    [InlineData(101)]
    [InlineData(111)]
    public void Kyrgyz_keeps_the_noun_as_it_is_after_every_numeral(int count) =>
        Assert.Equal($"{count} саат", Plurals.Format(Kyrgyz, count, "{0} саат"));

    [Theory]
    [InlineData("en", 1, "One")]
    [InlineData("en", 2, "Other")]
    [InlineData("ky", 1, "One")]
    [InlineData("ky", 21, "Other")]
    [InlineData("ru", 31, "One")]
    [InlineData("ru", 34, "Few")]
    [InlineData("ru", 113, "Many")]
    [InlineData("ru-KG", 3, "Few")]
    public void Categories_follow_the_CLDR_rules_of_each_language(string culture, int count, string expected) =>
        Assert.Equal(expected, Plurals.Category(CultureInfo.GetCultureInfo(culture), count).ToString());

    [Fact]
    public void A_message_with_fewer_forms_than_categories_uses_its_last_form_for_the_rest() =>
        Assert.Equal("5 часа", Plurals.Format(Russian, 5, "{0} час|{0} часа"));
}
