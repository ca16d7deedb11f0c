namespace SmartPolicingLms.Web.Tests.Harness;

internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ShippedCurricula => Path.Combine(Root, "curricula");

    // The courses every test installation imports: each shipped course as it is, beside a frozen test course
    // (Fixtures/curricula) that the tests of tests, results and completion are written against, so that rewriting
    // a shipped course (as course authors will) changes what the app is tested with, never what the tests expect.
    public static string Curricula => TestCurricula.Value;

    static readonly Lazy<string> TestCurricula = new(() =>
    {
        var folder = NewTempFolder("test-curricula");
        CopyFolder(ShippedCurricula, folder);
        CopyFolder(Path.Combine(Root, "tests", "SmartPolicingLms.Web.Tests", "Fixtures", "curricula"), folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteQuietly(folder);
        return folder;
    });

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

    // A private copy of the test installations' curricula that a test may edit.
    public static string CopyOfCurricula()
    {
        var copy = NewTempFolder("curricula");
        CopyFolder(Curricula, copy);
        return copy;
    }

    static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
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
