using System.Globalization;

namespace SmartPolicingLms.Curricula.Diagnostics;

/// <summary>
/// What to show of a long list of diagnostics. One mistake repeated (18,000 unknown keys, 5,000 misnumbered modules)
/// would bury everything else; the first few of each code say all an author needs, and one line counts the rest.
/// </summary>
public static class DiagnosticDigest
{
    /// <summary>How many diagnostics of one code are shown before the rest are counted.</summary>
    public const int ShownPerCode = 20;

    /// <summary>
    /// The first <paramref name="perCode"/> diagnostics of each code, in the order found, then for every code with
    /// more, one diagnostic at <paramref name="folder"/> counting those not shown. Counts of errors and warnings
    /// must be taken from the full list, not from this one.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Shown(IReadOnlyList<Diagnostic> all, string folder, int perCode = ShownPerCode)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = new List<Diagnostic>();
        var hidden = new Dictionary<string, (int Errors, int Warnings)>(StringComparer.Ordinal);
        foreach (var diagnostic in all)
        {
            var count = seen[diagnostic.Code] = seen.GetValueOrDefault(diagnostic.Code) + 1;
            if (count <= perCode)
            {
                shown.Add(diagnostic);
                continue;
            }
            var (errors, warnings) = hidden.GetValueOrDefault(diagnostic.Code);
            hidden[diagnostic.Code] = diagnostic.Severity == Severity.Error ? (errors + 1, warnings) : (errors, warnings + 1);
        }
        foreach (var (code, (errors, warnings)) in hidden)
            shown.Add(new Diagnostic(code, errors > 0 ? Severity.Error : Severity.Warning, folder, 0, 0,
                $"not shown: {Counted(errors, warnings)} with this code; the first {perCode} are listed, and fixing them often fixes the rest"));
        return shown;
    }

    static string Counted(int errors, int warnings) => (errors, warnings) switch
    {
        (> 0, > 0) => $"{Plural(errors, "more error")} and {Plural(warnings, "more warning")}",
        (> 0, _) => Plural(errors, "more error"),
        _ => Plural(warnings, "more warning"),
    };

    static string Plural(int n, string word) => $"{n.ToString("N0", CultureInfo.InvariantCulture)} {word}{(n == 1 ? "" : "s")}";
}
