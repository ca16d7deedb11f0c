namespace SmartPolicingLms.Web.Links;

// Relative to <base href> unless absolute: pages use them as hrefs, redirects need a rooted path.
internal static class CatalogueLinks
{
    public static string Courses() => "catalogue";

    public static string Course(string courseId) => $"catalogue/{Uri.EscapeDataString(courseId)}";

    public static string Version(string courseId, int number) => $"{Course(courseId)}/versions/{number}";

    // In one of the version's editions (a language); null for the reference.
    public static string Version(string courseId, int number, string? edition) => Version(courseId, number) + Edition(edition);

    public static string Module(string courseId, int number, string moduleKey, bool absolute = false) =>
        (absolute ? "~/" : "") + $"{Version(courseId, number)}/modules/{Uri.EscapeDataString(moduleKey)}";

    public static string Module(string courseId, int number, string moduleKey, string? edition) =>
        Module(courseId, number, moduleKey) + Edition(edition);

    static string Edition(string? edition) => edition is null ? "" : $"?edition={Uri.EscapeDataString(edition)}";
}
