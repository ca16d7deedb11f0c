using System.Text.RegularExpressions;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Architecture;

// Features depend on the kernels (Data, Security, Forms, Hosting, Audit, Links, Text) and, where a real dependency
// exists, on another feature; never in a circle, and a kernel never on a feature. Read from the using lines.
public sealed partial class FolderDependencyTests
{
    static readonly string Web = Path.Combine(RepositoryPaths.Root, "src", "SmartPolicingLms.Web");
    static readonly string[] Kernels = ["Audit", "Data", "Forms", "Hosting", "Links", "Reporting", "Security", "Text"];

    [Fact]
    public void Feature_folders_import_one_another_without_a_cycle()
    {
        var graph = FeatureImports();
        Assert.True(graph.Count >= 20, $"Only {graph.Count} feature folders found under {Web}");

        var cycle = FindCycle(graph);

        Assert.True(cycle is null, $"Feature folders import one another in a circle: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void Kernels_never_import_a_feature()
    {
        var offending = Kernels
            .SelectMany(kernel => SourceFiles(Path.Combine(Web, kernel)))
            .Where(file => FeatureUsings(File.ReadAllText(file)).Any())
            .Select(file => Path.GetRelativePath(Web, file))
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void A_cycle_is_found_when_there_is_one()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"], ["D"] = ["A"],
        };

        Assert.Equal(["A", "B", "C", "A"], FindCycle(graph));
        Assert.Null(FindCycle(new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = [] }));
    }

    static Dictionary<string, HashSet<string>> FeatureImports()
    {
        var features = Path.Combine(Web, "Features");
        var folders = Directory.GetDirectories(features).Select(Path.GetFileName).OfType<string>().ToList();
        return folders.ToDictionary(folder => folder, folder => SourceFiles(Path.Combine(features, folder))
            .SelectMany(file => FeatureUsings(File.ReadAllText(file)))
            .Where(used => used != folder && folders.Contains(used))
            .ToHashSet());
    }

    static IEnumerable<string> SourceFiles(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".cs") || f.EndsWith(".razor"))
        : [];

    static IEnumerable<string> FeatureUsings(string source) =>
        FeatureUsing().Matches(source).Select(m => m.Groups["folder"].Value);

    static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        List<string>? Visit(string node)
        {
            if (path.IndexOf(node) is var at and >= 0)
                return [.. path[at..], node];
            if (!done.Add(node))
                return null;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
                if (Visit(next) is { } cycle)
                    return cycle;
            path.RemoveAt(path.Count - 1);
            return null;
        }
        return graph.Keys.Order().Select(Visit).FirstOrDefault(c => c is not null);
    }

    [GeneratedRegex(@"^\s*@?using\s+SmartPolicingLms\.Web\.Features\.(?<folder>\w+)", RegexOptions.Multiline)]
    private static partial Regex FeatureUsing();
}
