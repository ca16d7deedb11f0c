using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace SmartPolicingLms.LoadTests;

// What each worker does for one recruit: open the post-test, start it, answer every question on its own page with
// the page's own token and attempt, then submit. Anything but the expected redirect is counted as an error.
internal sealed class TestTaker(Uri site, int cohortId, int questions, int thinkMs)
{
    readonly string start = $"/learn/cohorts/{cohortId}/tests/post";

    public ConcurrentQueue<string> Errors { get; } = new();
    public ConcurrentBag<double> ClientMilliseconds { get; } = [];

    public async Task TakeAsync(Browser browser)
    {
        try
        {
            await TakeTestAsync(browser);
        }
        catch (Exception e)
        {
            Errors.Enqueue(e.Message);
        }
    }

    async Task TakeTestAsync(Browser browser)
    {
        var page = await browser.GetAsync(start);
        Expect(await browser.PostAsync(start, Form(page.Html, "start-test")), $"{start}/q/1", "start");
        for (var n = 1; n <= questions; n++)
        {
            if (thinkMs > 0)
                await Task.Delay(Random.Shared.Next(thinkMs / 2, thinkMs * 3 / 2 + 1));
            var question = await browser.GetAsync($"{start}/q/{n}");
            var form = Form(question.Html, "answer");
            form.Add(new("Input.Go", "Next"));
            var options = Browser.Values(question.Html, "Input.Chosen");
            form.Add(options.Count > 0 ? new("Input.Chosen", options[Random.Shared.Next(options.Count)]) : new("Input.Agreement", "4"));
            var timer = Stopwatch.StartNew();
            var saved = await browser.PostAsync($"{start}/q/{n}", form);
            ClientMilliseconds.Add(timer.Elapsed.TotalMilliseconds);
            Expect(saved, n < questions ? $"{start}/q/{n + 1}" : $"{start}/review", $"answer {n}");
        }
        var review = await browser.GetAsync($"{start}/review");
        Expect(await browser.PostAsync($"{start}/review", Form(review.Html, "submit-test")), start, "submit");
    }

    static List<KeyValuePair<string, string>> Form(string html, string handler) =>
    [
        new("_handler", handler), new("__RequestVerificationToken", Browser.Token(html)),
        new("Input.Attempt", Browser.Field(html, "Input.Attempt") ?? "?"),
    ];

    void Expect((HttpStatusCode Status, string Html, string? Location) response, string location, string step)
    {
        var landed = response.Location is { } l ? new Uri(site, l).AbsolutePath : null;
        if (response.Status != HttpStatusCode.Redirect || landed != location)
            Errors.Enqueue($"{step}: {(int)response.Status} {response.Location}");
    }
}
