using SmartPolicingLms.Curricula.Rendering;

namespace SmartPolicingLms.Curricula;

/// <summary>How a course is loaded.</summary>
public sealed record CourseLoadOptions
{
    /// <summary>
    /// Maps links to course files in the rendered HTML. By default a link keeps the file's path
    /// relative to the course folder; the web app points them at the stored version instead.
    /// </summary>
    public CourseLinkResolver? ResolveLink { get; init; }
}
