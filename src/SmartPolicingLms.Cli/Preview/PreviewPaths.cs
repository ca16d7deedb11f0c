namespace SmartPolicingLms.Cli.Preview;

/// <summary>Who a preview is for; each audience is one subfolder of the preview.</summary>
internal enum PreviewAudience
{
    Recruits,
    Instructors,
}

/// <summary>
/// Where each page of a preview lives. Every page sits at the top of its audience's folder and
/// images keep their course path below it, so a link written in a module (<c>media/map.png</c>,
/// <c>02-referral.md</c>) means the same from every page, and works from file://.
/// </summary>
internal static class PreviewPaths
{
    public const string Index = "index.html";
    public const string Questions = "questions.html";

    public static string FolderOf(PreviewAudience audience) => audience.ToString().ToLowerInvariant();

    /// <summary>The page or file a link to a course file leads to in the preview.</summary>
    public static string PageFor(string coursePath) => coursePath switch
    {
        "course.md" => Index,
        _ when coursePath.StartsWith("modules/", StringComparison.Ordinal) => Uri.EscapeDataString(ModuleFile(coursePath)),
        _ when coursePath.StartsWith("questions/", StringComparison.Ordinal) => Questions,
        _ => string.Join('/', coursePath.Split('/').Select(Uri.EscapeDataString)),
    };

    /// <summary>The file name of a module's page: <c>modules/02-referral.md</c> becomes <c>02-referral.html</c>.</summary>
    public static string ModuleFile(string sourcePath) => Path.GetFileNameWithoutExtension(sourcePath) + ".html";

    /// <summary>A link to a module's page.</summary>
    public static string ModuleHref(string sourcePath) => PageFor(sourcePath);
}
