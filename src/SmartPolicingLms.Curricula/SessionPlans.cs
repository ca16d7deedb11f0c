using System.Text;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Folder;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Parsing;

namespace SmartPolicingLms.Curricula;

/// <summary>
/// Reads the session plan of one module file apart from its course, for a copy of the file kept after the course was
/// loaded (an application that stored the course's files). Loading the course checks the plan and reports on it; this
/// only reads it, and never throws.
/// </summary>
public static class SessionPlans
{
    /// <summary>The timed steps of the module's <c>::: plan</c> blocks, read as loading its course reads them.</summary>
    /// <param name="path">The module's path in its course folder, such as <c>modules/01-why.md</c>.</param>
    /// <param name="text">The module file's text.</param>
    /// <returns>The plan; null when the module has none.</returns>
    public static SessionPlan? Read(string path, string text)
    {
        var diagnostics = new DiagnosticBag();
        var source = MarkdownSource.Parse(SourceFile.Create(path, Encoding.UTF8.GetBytes(text), text), frontMatterRequired: false, diagnostics);
        return SessionPlanReader.Read(source, diagnostics);
    }
}
