using System.Globalization;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

/// <summary>A question's answer key in one line, so a test states what Moodle would score.</summary>
internal static class GiftKeys
{
    public static string Of(Question question) => question.Kind switch
    {
        QuestionKind.Matching => string.Join(" | ", question.Options.Select(o => $"{o.Text} -> {o.Match}")),
        QuestionKind.Numerical => string.Join(" | ", question.Options.Select(o =>
            (o.Number is { } n ? $"{Show(n.Value)}±{Show(n.Tolerance)}" : "*") + $" {Show(o.Weight)}")),
        _ => string.Join(" | ", question.Options.Select(o => $"{o.Text} {Show(o.Weight)}")),
    };

    static string Show(decimal number) => number.ToString("0.######", CultureInfo.InvariantCulture);
}
