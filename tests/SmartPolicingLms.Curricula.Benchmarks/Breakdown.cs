using System.Diagnostics;
using Markdig;

namespace SmartPolicingLms.Curricula.Benchmarks;

/// <summary>How the load time divides: reading bytes, Markdig alone, and the whole loader.</summary>
internal static class Breakdown
{
    public static void Run(IReadOnlyList<string> courses, int moduleCount)
    {
        var files = courses.SelectMany(c => Directory.GetFiles(Path.Combine(c, "modules"))).ToList();
        var texts = files.Select(File.ReadAllText).ToList();
        Console.WriteLine("Where the time goes, per module (median of 5 rounds):");
        Report("  read the files", () => { foreach (var f in files) File.ReadAllBytes(f); }, moduleCount);
        Report("  Markdig parse + HTML, same extensions", () => { foreach (var t in texts) Markdown.ToHtml(t, Rendering.CourseMarkdown.Pipeline); }, moduleCount);
        var validator = new Validation.ModuleFrontMatterValidator();
        Report("  front matter: YAML + fields + validator", () =>
        {
            foreach (var t in texts)
            {
                var bag = new Diagnostics.DiagnosticBag();
                var fm = Yaml.FrontMatter.Find(t)!;
                var root = (Yaml.YamlMapping)new Yaml.YamlTreeReader("m.md", fm.FirstLine, bag).Read(fm.Yaml)!;
                validator.Validate(Parsing.ModuleFrontMatter.Read(new Yaml.YamlFields("m.md", root, bag)));
            }
        }, moduleCount);
        Report("  parse with limits + links + HTML", () =>
        {
            foreach (var t in texts)
            {
                var doc = Rendering.CourseMarkdown.ParseFile(t, out _);
                new Rendering.LinkPolicy("modules/x.md", new HashSet<string>(), p => p, new Diagnostics.DiagnosticBag()).Apply(doc);
                Rendering.CourseMarkdown.ToHtml(doc);
            }
        }, moduleCount);
        Report("  the whole loader", () => { foreach (var c in courses) CourseLoader.Load(c); }, moduleCount);
    }

    static void Report(string what, Action run, int modules)
    {
        run();
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds / modules);
        }
        times.Sort();
        Console.WriteLine($"{what}: {times[2]:0.000} ms");
    }
}
