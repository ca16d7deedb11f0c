namespace SmartPolicingLms.Curricula.Model;

/// <summary>What the format allows in a course folder, by file name.</summary>
public static class CourseFileKinds
{
    static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp"];
    static readonly string[] TextExtensions = [".md", ".gift"];

    /// <summary>Images a module may show.</summary>
    public static bool IsImage(string path) =>
        ImageExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Markdown and GIFT files, read as UTF-8 text.</summary>
    public static bool IsText(string path) =>
        TextExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>Largest Markdown or GIFT file, in bytes.</summary>
    public const int MaxTextBytes = 512 * 1024;

    /// <summary>Largest image, in bytes.</summary>
    public const int MaxImageBytes = 2 * 1024 * 1024;

    /// <summary>Most files a course folder may hold.</summary>
    public const int MaxFiles = 500;

    /// <summary>Most bytes a course folder may hold in all.</summary>
    public const long MaxFolderBytes = 32L * 1024 * 1024;
}
