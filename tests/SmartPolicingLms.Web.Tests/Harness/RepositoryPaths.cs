namespace SmartPolicingLms.Web.Tests.Harness;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Curricula => Path.Combine(Root, "curricula");

    // Walk up from the test's bin folder, so the tests run from any working directory.
    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SmartPolicingLms.sln"))
                && Directory.Exists(Path.Combine(dir.FullName, "curricula")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No repository root with curricula/ above {AppContext.BaseDirectory}.");
    }

    public static string NewTempFolder(string purpose)
    {
        var folder = Path.Combine(Path.GetTempPath(), "splms-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    // A private copy of the shipped curricula that a test may edit.
    public static string CopyOfCurricula()
    {
        var copy = NewTempFolder("curricula");
        foreach (var file in Directory.EnumerateFiles(Curricula, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Curricula, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return copy;
    }

    public static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
