namespace SmartPolicingLms.Curricula.Rendering;

/// <summary>Forward-slash paths relative to a course folder, never escaping it.</summary>
internal static class CoursePaths
{
    public static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..slash];
    }

    /// <summary>Joins and normalises; null when the result would leave the course folder.</summary>
    public static string? Combine(string directory, string relative)
    {
        var parts = new List<string>();
        foreach (var part in (directory + "/" + relative.Replace('\\', '/')).Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            parts.Add(part);
        }
        return parts.Count == 0 ? null : string.Join('/', parts);
    }
}
