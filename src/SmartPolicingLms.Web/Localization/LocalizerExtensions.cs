using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace SmartPolicingLms.Web.Localization;

internal static class LocalizerExtensions
{
    // A counted phrase in the reader's language: the resource's value lists the forms the language needs, separated by
    // '|' ("{0} hour|{0} hours" in English, four forms in Russian, one in Kyrgyz), and Plurals picks one.
    public static string Plural(this IStringLocalizer localizer, decimal count, string forms) =>
        Plurals.Format(CultureInfo.CurrentCulture, count, localizer[forms]);

    // A sentence whose resource holds simple inline markup (<strong>, <em>, <code>, <a href="{n}">): the arguments are
    // HTML-encoded before they are put in, so only the translator's markup reaches the page, never a person's input.
    public static MarkupString Markup(this IStringLocalizer localizer, string key, params object[] arguments)
    {
        var encoded = arguments.Select(a => (object)WebUtility.HtmlEncode(Convert.ToString(a, CultureInfo.CurrentCulture) ?? "")).ToArray();
        return new MarkupString(string.Format(CultureInfo.CurrentCulture, localizer[key].Value, encoded));
    }
}
