namespace SmartPolicingLms.Curricula.Diagnostics;

/// <summary>
/// Collects diagnostics during one load so every problem is reported in one pass. File paths
/// are given relative to the course folder and reported under <paramref name="root"/>, the
/// folder as the author named it, so editors can open them.
/// </summary>
internal sealed class DiagnosticBag(string root = "")
{
    readonly List<Diagnostic> items = [];
    readonly HashSet<string> filesWithErrors = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Items => items;
    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// Course-relative paths of files with an error so far, so rules across files can stay silent where
    /// they would only restate it (a refused module is not also "missing" from the numbering or the hours).
    /// </summary>
    public IReadOnlySet<string> FilesWithErrors => filesWithErrors;

    public void Error(string code, string file, int line, int column, string message) =>
        Add(code, Severity.Error, file, line, column, message);

    public void Warning(string code, string file, int line, int column, string message) =>
        Add(code, Severity.Warning, file, line, column, message);

    public void Add(string code, Severity severity, string file, int line, int column, string message)
    {
        if (severity == Severity.Error) filesWithErrors.Add(file);
        items.Add(new Diagnostic(code, severity, Display(file), line, column, message));
    }

    string Display(string file) =>
        root.Length == 0 ? file : file.Length == 0 ? root : root.TrimEnd('/') + "/" + file;
}
