using System.Diagnostics;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Gift;
using SmartPolicingLms.Curricula.Rendering;

namespace SmartPolicingLms.Curricula.Benchmarks;

/// <summary>
/// How long input built to be slow takes, within the loader's limits and past them. The tests
/// (HostileMarkdownTests, GiftHostileInputTests) check what such input gives; the times live
/// here, each against the ceiling it must stay under: Markdig's inline parser takes time that
/// grows with the square of the '[', '*' and '~' in a paragraph, so a lost limit shows as minutes.
/// </summary>
internal static class Hostile
{
    const int Rounds = 3;

    public static void Run(string root)
    {
        Console.WriteLine($"Hostile input: median of {Rounds} runs after one warm-up, on one core");
        (string Unit, int Marks)[] units = [("[x](", 1), ("![x](", 1), ("[^a", 2), ("*a ", 1), ("a* ", 1), ("~~a", 1), ("[`]`", 1)];
        for (var i = 0; i < units.Length; i++)
        {
            var (unit, marks) = units[i];
            var paragraph = Repeat(unit, MarkdownLimits.File.MaxMarksPerRun / marks);
            var course = Course(Path.Combine(root, "hostile", $"under-{i}"), paragraph);
            // Unclosed brackets nest; past the renderer's depth they are refused, otherwise the text loads.
            Report($"one paragraph of '{unit}' just under the limit", seconds: 5, () =>
                CourseLoader.Load(course) is { Course: not null } or { Diagnostics: [{ Code: DiagnosticCodes.MarkdownTooComplex }] });
        }

        var tooLong = Course(Path.Combine(root, "hostile", "too-long"), "Intro.\n\n" + Repeat("[x](", 40_000));
        Report("a 160,000-character paragraph of '[x](', refused before parsing", seconds: 1, () =>
            CourseLoader.Load(tooLong) is { Course: null, Diagnostics: [{ Code: DiagnosticCodes.MarkdownTooComplex }] });

        // The worst a file may hold: as many runs at the per-run limit as its work budget allows.
        var atTheLimit = Repeat("[x](", MarkdownLimits.File.MaxMarksPerRun);
        var wholeFile = Course(Path.Combine(root, "hostile", "whole-file"),
            string.Join("\n\n", Enumerable.Repeat(atTheLimit, (int)(MarkdownLimits.File.MaxWorkPerText / ((long)MarkdownLimits.File.MaxMarksPerRun * MarkdownLimits.File.MaxMarksPerRun)))));
        Report("a module of the slowest paragraphs its work budget allows", seconds: 5, () =>
            CourseLoader.Load(wholeFile) is { Course: not null } or { Diagnostics: [{ Code: DiagnosticCodes.MarkdownTooComplex }] });

        var question = "// objective: a\n::q::[markdown]" + Repeat("[x](", 990) + "{T}\n\n";
        var gift = Repeat(question, 512_000 / question.Length);
        Report("a 512 KB GIFT file of prompts with 990 '[x](' each", seconds: 30, () =>
        {
            var diagnostics = new DiagnosticBag();
            var links = new LinkPolicy("questions/x.gift", new HashSet<string>(), p => p, diagnostics);
            return GiftReader.Read(gift, "questions/x.gift", new HashSet<string> { "a" }, links, diagnostics).Count == 512_000 / question.Length;
        });
    }

    /// <summary>Times <paramref name="load"/>, which says whether it gave what the tests expect; a wrong result is an error, not a figure.</summary>
    static void Report(string what, int seconds, Func<bool> load)
    {
        if (!load()) throw new InvalidOperationException($"{what}: not the result the tests expect");
        var times = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            load();
            times.Add(watch.Elapsed.TotalSeconds);
        }
        times.Sort();
        var met = times[Rounds / 2] < seconds;
        Console.WriteLine($"  {what}: median {times[Rounds / 2]:0.000} s, worst {times[^1]:0.000} s; goal under {seconds} s -> {(met ? "met" : "NOT met")}");
    }

    /// <summary>A valid course of one module whose body ends with <paramref name="body"/>.</summary>
    static string Course(string folder, string body)
    {
        GeneratedCourse.Write(folder, "hostile", modules: 1, moduleBytes: 0);
        var module = Directory.GetFiles(Path.Combine(folder, "modules")).Single();
        var text = File.ReadAllText(module);
        File.WriteAllText(module, text[..(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)] + "\n" + body + "\n");
        return folder;
    }

    static string Repeat(string unit, int times) => string.Concat(Enumerable.Repeat(unit, times));
}
