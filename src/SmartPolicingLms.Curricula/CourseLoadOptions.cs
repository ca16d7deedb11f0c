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

    /// <summary>
    /// Also runs the item-writing check (codes CUR0601 to CUR0606): warnings about how questions are written, such as
    /// a right option that is often the longest. Off by default, so courses written before the check still validate.
    /// </summary>
    public bool CheckItemWriting { get; init; }
}
