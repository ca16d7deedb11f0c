using System.Diagnostics;
using SmartPolicingLms.Curricula;
using SmartPolicingLms.Curricula.Benchmarks;

// A repeatable runner, not part of `dotnet test`: run by hand in Release,
//   dotnet run -c Release --project tests/SmartPolicingLms.Curricula.Benchmarks
// It pins itself to one core so the figure is per core, not per machine. Modes:
//   (none)        load speed of 1,000 generated modules beside Markdig alone (time, allocations,
//                 gen-2 collections), then retained memory
//   --speed       only the load speed
//   --breakdown   also where the load time goes
//   --hostile     only the times of input built to be slow (Hostile.cs); the tests check what it gives
//   --editions    only the load speed, then again with a Russian edition of every file (per module file), in one
//                 process so the two figures compare
if (OperatingSystem.IsLinux()) Process.GetCurrentProcess().ProcessorAffinity = 1;

var root = Path.Combine(Path.GetTempPath(), "splms-bench-" + Environment.ProcessId);
try
{
    if (args.Contains("--hostile"))
    {
        Hostile.Run(root);
        return;
    }

    Console.WriteLine("Generating 10 courses of 100 modules of ~20 KB (1,000 modules) from the shipped courses' text...");
    var big = Enumerable.Range(1, 10).Select(i => GeneratedCourse.Write(Path.Combine(root, "big", $"course-{i:00}"), $"course-{i:00}", modules: 100, moduleBytes: 20_000)).ToList();
    if (args.Contains("--editions"))
    {
        Speed.Run(big, moduleCount: 1000, rounds: 7);
        foreach (var course in big) GeneratedCourse.AddEdition(course, "ru");
        Console.WriteLine("Each with a Russian edition of every file: 2,000 module files.");
        Speed.Run(big, moduleCount: 2000, rounds: 7);
        return;
    }
    Speed.Run(big, moduleCount: 1000, rounds: 7);
    if (args.Contains("--breakdown")) Breakdown.Run(big, moduleCount: 1000);
    if (args.Contains("--speed")) return;

    Console.WriteLine();
    Console.WriteLine("Generating 1,000 small courses (6 modules of ~4 KB each) for retained memory...");
    var small = Enumerable.Range(1, 1000).Select(i => GeneratedCourse.Write(Path.Combine(root, "small", $"c{i:0000}"), $"c{i:0000}", modules: 6, moduleBytes: 4_000)).ToList();
    foreach (var count in new[] { 10, 100, 1000 }) Memory.Run(small.Take(count).ToList());
}
finally
{
    Directory.Delete(root, recursive: true);
}
