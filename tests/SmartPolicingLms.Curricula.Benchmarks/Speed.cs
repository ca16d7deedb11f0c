using System.Diagnostics;
using SmartPolicingLms.Curricula;

namespace SmartPolicingLms.Curricula.Benchmarks;

/// <summary>Bytes on disk to model, HTML and hash, for every module, several rounds; nothing is cached between rounds.</summary>
internal static class Speed
{
    public static void Run(IReadOnlyList<string> courses, int moduleCount, int rounds)
    {
        // Warm-up: three passes, so tiered JIT has promoted the hot paths and the files are cached.
        for (var pass = 0; pass < 3; pass++)
            foreach (var course in courses) Check(CourseLoader.Load(course));
        var perModule = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            foreach (var course in courses) Check(CourseLoader.Load(course));
            watch.Stop();
            perModule.Add(watch.Elapsed.TotalMilliseconds / moduleCount);
        }
        perModule.Sort();
        Console.WriteLine($"Load (read, parse, validate, render, hash): {moduleCount} modules x {rounds} rounds on one core");
        Console.WriteLine($"  per 20 KB module: median {perModule[rounds / 2]:0.000} ms, best {perModule[0]:0.000} ms, worst {perModule[^1]:0.000} ms");
        Console.WriteLine($"  goal: under 0.7 ms -> {(perModule[rounds / 2] < 0.7 ? "met" : "NOT met")}");
    }

    static void Check(CourseLoadResult result)
    {
        if (result.HasErrors) throw new InvalidOperationException("the generated course is invalid:\n" + string.Join("\n", result.Diagnostics));
    }
}
