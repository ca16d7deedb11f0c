namespace SmartPolicingLms.LoadTests;

internal static class Report
{
    public static void Print(TimeSpan window, TimeSpan cpu, int expected, int answers, int recruits, int submitted, TestTaker taker,
        IReadOnlyList<(string Method, string Path, int Status, double Milliseconds)> requests)
    {
        var saves = requests.Where(r => r.Method == "POST" && r.Path.Contains("/q/")).Select(r => r.Milliseconds).ToList();
        var client = taker.ClientMilliseconds.ToList();
        Console.WriteLine();
        Console.WriteLine($"Measured window: {window.TotalSeconds:0.0} s, {saves.Count / window.TotalSeconds:0} answer saves/s");
        Console.WriteLine($"Answers saved:   {answers} in the database of {expected} expected ({expected - answers} lost); " +
            $"{submitted} of {recruits} attempts submitted");
        Console.WriteLine($"Errors:          {taker.Errors.Count}");
        foreach (var error in taker.Errors.GroupBy(e => e).OrderByDescending(g => g.Count()).Take(5))
            Console.WriteLine($"                 {error.Count()} × {error.Key}");
        Console.WriteLine($"Answer save, server time: median {Percentile(saves, 50):0.0} ms, p95 {Percentile(saves, 95):0.0} ms, " +
            $"max {saves.DefaultIfEmpty().Max():0.0} ms ({saves.Count} saves)");
        Console.WriteLine($"Answer save, client time: median {Percentile(client, 50):0.0} ms, p95 {Percentile(client, 95):0.0} ms");
        // The app, the load and (for SQLite) the database share this process, and other work may share the machine.
        Console.WriteLine($"CPU of this process per answered question: {cpu.TotalMilliseconds / expected:0.0} ms; " +
            $"load average at the end {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        Console.WriteLine("Every request in the window, server time:");
        foreach (var kind in requests.GroupBy(r => $"{r.Method} {Kind(r.Path)}").OrderBy(g => g.Key))
        {
            var times = kind.Select(r => r.Milliseconds).ToList();
            Console.WriteLine($"  {kind.Key,-18} {times.Count,6} × median {Percentile(times, 50),6:0.0} ms, p95 {Percentile(times, 95),6:0.0} ms");
        }
    }

    static string Kind(string path) =>
        path.Contains("/q/") ? "question" : path.EndsWith("/review") ? "review" : path.Contains("/tests/") ? "test start" : path;

    public static double Percentile(List<double> values, int percentile)
    {
        if (values.Count == 0)
            return double.NaN;
        values.Sort();
        var rank = (int)Math.Ceiling(percentile / 100.0 * values.Count) - 1;
        return values[Math.Clamp(rank, 0, values.Count - 1)];
    }
}
