using SmartPolicingLms.Curricula;

namespace SmartPolicingLms.Curricula.Benchmarks;

/// <summary>Memory still held after loading N courses and keeping only the courses, against what they hold.</summary>
internal static class Memory
{
    public static void Run(IReadOnlyList<string> folders)
    {
        var before = Settle();
        var kept = folders.Select(f => CourseLoader.Load(f).Course!).ToList();
        var after = Settle();
        var retained = after - before;
        var payload = kept.Sum(c => c.Files.Sum(f => (long)f.Content.Length) + c.Modules.Sum(m => m.Html.Length * 2L) + c.OverviewHtml.Length * 2L
            + c.Questions.Sum(q => q.PromptHtml.Length * 2L + q.Options.Sum(o => (o.Html.Length + o.Text.Length) * 2L)));
        Console.WriteLine($"{kept.Count,5} courses: retained {retained / 1024.0 / 1024:0.0} MB, {retained / kept.Count / 1024.0:0.0} KB per course; "
            + $"the kept text and bytes are {payload / kept.Count / 1024.0:0.0} KB per course (ratio {retained / (double)payload:0.00})");
        GC.KeepAlive(kept);
    }

    static long Settle()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
