using System.Text.RegularExpressions;

namespace SmartPolicingLms.Curricula.Validation;

/// <summary>The form every id takes: lower-case words of letters and digits joined by hyphens.</summary>
internal static partial class Ids
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    public const string Rule = "lower-case letters, digits and single hyphens, starting with a letter, at most 64 characters";

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();
}
