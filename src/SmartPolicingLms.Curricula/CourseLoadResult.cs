using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula;

/// <summary>What loading one course folder gave: the course when it has no errors, and every diagnostic.</summary>
/// <param name="Folder">The folder as given to the loader.</param>
/// <param name="Course">The course, or null when an error prevents its use.</param>
/// <param name="Diagnostics">Errors and warnings, in the order found.</param>
public sealed record CourseLoadResult(string Folder, Course? Course, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when at least one diagnostic is an error; then <see cref="Course"/> is null.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
