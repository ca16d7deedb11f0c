using System.Diagnostics;
using Markdig;
using SmartPolicingLms.Curricula;

namespace SmartPolicingLms.Curricula.Benchmarks;

/// <summary>
/// Bytes on disk to model, HTML and hash, for every module, several rounds; nothing is cached
/// between rounds. Beside it, Markdig alone (parse and HTML, same extensions) on the same module
/// text, so the loader's own cost reads as the difference. Each line gives the median time per
/// module, the bytes allocated per module and the full (gen-2) collections per 1,000 modules:
/// a loader that allocates per file what it does not need shows in the last two before the first.
/// </summary>
internal static class Speed
{
    public static void Run(IReadOnlyList<string> courses, int moduleCount, int rounds)
    {
        var texts = courses.SelectMany(c => Directory.GetFiles(Path.Combine(c, "modules"))).Select(File.ReadAllText).ToList();
        Console.WriteLine($"{moduleCount} modules of ~{texts.Average(t => t.Length) / 1000:0} KB x {rounds} rounds on one core, after 3 warm-up passes:");
        var loader = Measure(() => { foreach (var course in courses) Check(CourseLoader.Load(course)); }, moduleCount, rounds);
        Console.WriteLine($"  the whole loader (read, parse, validate, render, hash): {loader}");
        var markdig = Measure(() => { foreach (var text in texts) Markdown.ToHtml(text, Rendering.CourseMarkdown.Pipeline); }, moduleCount, rounds);
        Console.WriteLine($"  Markdig alone, parse + HTML of the same text:           {markdig}");
        Console.WriteLine($"  goal: loader under 0.7 ms per module -> {(loader.MedianMs < 0.7 ? "met" : "NOT met")}");
    }

    static Figures Measure(Action pass, int modules, int rounds)
    {
        // Warm-up: three passes, so tiered JIT has promoted the hot paths and the files are cached.
        for (var warm = 0; warm < 3; warm++) pass();
        var times = new List<double>();
        var (allocated, fullCollections) = (0L, 0);
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var (bytesBefore, gen2Before) = (GC.GetAllocatedBytesForCurrentThread(), GC.CollectionCount(2));
            var watch = Stopwatch.StartNew();
            pass();
            watch.Stop();
            allocated += GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            fullCollections += GC.CollectionCount(2) - gen2Before;
            times.Add(watch.Elapsed.TotalMilliseconds / modules);
        }
        times.Sort();
        var total = (double)modules * rounds;
        return new Figures(times[rounds / 2], times[0], times[^1], allocated / total, fullCollections * 1000 / total);
    }

    sealed record Figures(double MedianMs, double BestMs, double WorstMs, double BytesPerModule, double Gen2Per1000)
    {
        public override string ToString() =>
            $"median {MedianMs:0.000} ms (best {BestMs:0.000}, worst {WorstMs:0.000}), {BytesPerModule / 1024:0} KB allocated, {Gen2Per1000:0.0} gen-2 collections per 1,000 modules";
    }

    static void Check(CourseLoadResult result)
    {
        if (result.HasErrors) throw new InvalidOperationException("the generated course is invalid:\n" + string.Join("\n", result.Diagnostics));
    }
}
