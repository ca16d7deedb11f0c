namespace SmartPolicingLms.Curricula.Diagnostics;

/// <summary>How serious a diagnostic is. Errors refuse the course; warnings do not.</summary>
public enum Severity
{
    /// <summary>The course loads, but something is likely wrong.</summary>
    Warning,
    /// <summary>The course cannot be used until this is fixed.</summary>
    Error,
}

/// <summary>A problem found in a course folder, with where it is.</summary>
/// <param name="Code">Stable code such as <c>CUR0201</c>; see <see cref="DiagnosticCodes"/>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="File">Path relative to the folder given to the loader, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem is the file (or folder) as a whole.</param>
/// <param name="Column">1-based column, or 0 when not known.</param>
/// <param name="Message">What is wrong and what to do, for a course author.</param>
public sealed record Diagnostic(string Code, Severity Severity, string File, int Line, int Column, string Message)
{
    /// <summary>
    /// The canonical one-line form editors and CI annotate: <c>path(line,col): error CODE: message</c>. The path and
    /// message are escaped (<see cref="DiagnosticText.Escape"/>), so a hostile file name or value can never print a
    /// second line.
    /// </summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : "";
        var level = Severity == Severity.Error ? "error" : "warning";
        return $"{DiagnosticText.Escape(File)}{where}: {level} {DiagnosticText.Escape(Code)}: {DiagnosticText.Escape(Message)}";
    }
}
