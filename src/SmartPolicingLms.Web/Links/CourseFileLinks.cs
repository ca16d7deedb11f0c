namespace SmartPolicingLms.Web.Links;

// Links in rendered course HTML point at the stored version (course id + content hash), never at the folder,
// so a page keeps showing the images it was imported with.
internal static class CourseFileLinks
{
    public const string RoutePrefix = "course-files";

    // Relative to <base href>, so the app also works under a path base.
    public static string Resolve(string courseId, string contentHash, string coursePath) =>
        $"{RoutePrefix}/{Uri.EscapeDataString(courseId)}/{contentHash}/" +
        string.Join('/', coursePath.Split('/').Select(Uri.EscapeDataString));
}
