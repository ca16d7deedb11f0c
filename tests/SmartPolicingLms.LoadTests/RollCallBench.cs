using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Data;

namespace SmartPolicingLms.LoadTests;

// The roll-call save, timed: one instructor saves the roll call of a session of `recruits` recruits `saves` times
// through the real page (GET the form, POST it back with the antiforgery token and version), each save changing
// `changes` marks. The first saves warm the app up and are not counted. Run by LoadRunner's "roll-call" mode.
internal static partial class RollCallBench
{
    const int WarmUp = 10;
    static readonly string[] Marks = ["Present", "Late", "Absent", "Excused"];

    public static async Task<int> RunAsync(IServiceProvider services, Browser instructor, int cohortId, int sessionId,
        int saves, int changes, ConcurrentQueue<(string Method, string Path, int Status, double Milliseconds)> requests)
    {
        var page = $"/cohorts/{cohortId}/sessions/{sessionId}/roll-call";
        var current = new Dictionary<int, int>();
        var client = new List<double>();
        var errors = new List<string>();
        var expectedChanges = 0;
        var measuredFrom = 0;
        for (var i = 0; i < WarmUp + saves; i++)
        {
            if (i == WarmUp)
            {
                measuredFrom = requests.Count;
                client.Clear();
            }
            var form = await instructor.GetAsync(page);
            if (form.Status != HttpStatusCode.OK)
                throw new InvalidOperationException($"GET {page} answered {(int)form.Status}.");
            var ids = MarkNames().Matches(form.Html).Select(m => int.Parse(m.Groups[1].Value)).Distinct().ToList();
            // The first save marks everyone; each later one moves `changes` recruits, in turn, to their next mark.
            var moved = i == 0 ? ids : Enumerable.Range(0, changes).Select(k => ids[(i * changes + k) % ids.Count]).ToList();
            foreach (var id in moved)
                current[id] = current.TryGetValue(id, out var mark) ? (mark + 1) % Marks.Length : 0;
            expectedChanges += moved.Count;

            var fields = new List<KeyValuePair<string, string>>
            {
                new("_handler", "roll-call"), new("__RequestVerificationToken", Browser.Token(form.Html)),
                new("Input.Version", Browser.Field(form.Html, "Input.Version") ?? "0"), new("Input.Action", "save"),
            };
            fields.AddRange(ids.Select(id => KeyValuePair.Create($"Input.Marks[{id}]", Marks[current[id]])));
            var clock = Stopwatch.StartNew();
            var saved = await instructor.PostAsync(page, fields);
            client.Add(clock.Elapsed.TotalMilliseconds);
            if (saved.Status != HttpStatusCode.Redirect)
                errors.Add($"Save {i}: {(int)saved.Status}");
        }

        var stored = await CountAsync(services, sessionId);
        var window = requests.Skip(measuredFrom).ToList();
        var posts = window.Where(r => r.Method == "POST" && r.Path.EndsWith("/roll-call")).Select(r => r.Milliseconds).ToList();
        var gets = window.Where(r => r.Method == "GET" && r.Path.EndsWith("/roll-call")).Select(r => r.Milliseconds).ToList();
        Console.WriteLine();
        Console.WriteLine($"Roll-call saves measured: {posts.Count} (after {WarmUp} warm-up saves), {changes} marks changed in each");
        Console.WriteLine($"Changes logged: {stored} in the database of {expectedChanges} expected; errors: {errors.Count}");
        foreach (var error in errors.Take(5))
            Console.WriteLine($"  {error}");
        Console.WriteLine($"Roll-call save (POST), server time: median {Report.Percentile(posts, 50):0.0} ms, p95 {Report.Percentile(posts, 95):0.0} ms, " +
            $"max {posts.DefaultIfEmpty().Max():0.0} ms");
        Console.WriteLine($"Roll-call save (POST), client time: median {Report.Percentile(client, 50):0.0} ms, p95 {Report.Percentile(client, 95):0.0} ms");
        Console.WriteLine($"Roll-call page (GET), server time:  median {Report.Percentile(gets, 50):0.0} ms, p95 {Report.Percentile(gets, 95):0.0} ms");
        return errors.Count == 0 && stored == expectedChanges ? 0 : 1;
    }

    static async Task<int> CountAsync(IServiceProvider services, int sessionId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AttendanceChanges.CountAsync(c => c.SessionId == sessionId);
    }

    [GeneratedRegex(@"name=""Input\.Marks\[(\d+)\]""")]
    private static partial Regex MarkNames();
}
