using System.Net;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Assessments;

// A recruit's browser on the test pages: every step is the page's own form, as a person would post it.
internal sealed class Taker(Visitor visitor, int cohortId, string kind)
{
    public string Start => $"/learn/cohorts/{cohortId}/tests/{kind}";
    public string Question(int number) => $"{Start}/q/{number}";
    public string Review => $"{Start}/review";

    public Visitor Visitor => visitor;

    public async Task<HtmlPage> StartAsync()
    {
        var page = await visitor.OpenAsync(Start);
        return await visitor.SubmitAndFollowAsync(page, "start-test");
    }

    public Task<HtmlPage> OpenAsync(int number) => visitor.OpenAsync(Question(number));

    // Posts only what is given, beside the page's token and attempt: a browser sends no unticked box.
    public async Task<HttpResponseMessage> AnswerAsync(int number, params (string Name, string Value)[] fields) =>
        await PostAnswerAsync(await OpenAsync(number), fields);

    public Task<HttpResponseMessage> PostAnswerAsync(HtmlPage page, params (string Name, string Value)[] fields)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            KeyValuePair.Create("_handler", "answer"),
            KeyValuePair.Create("__RequestVerificationToken", page.FieldValue("__RequestVerificationToken")!),
        };
        if (!fields.Any(f => f.Name == "Input.Attempt"))
            form.Add(KeyValuePair.Create("Input.Attempt", page.FieldValue("Input.Attempt")!));
        form.AddRange(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        return visitor.PostAsync(page.Url.AbsolutePath, form);
    }

    public static (string, string)[] Choose(params int[] positions) => [.. positions.Select(p => ("Input.Chosen", p.ToString()))];

    // The right answer by the course's weights (the options' written positions, 1-based); attitude items get "agree".
    public static (string, string)[] RightAnswer(QuestionKind kind, IReadOnlyList<decimal> weights) => kind switch
    {
        QuestionKind.Attitude => [("Input.Agreement", "4")],
        _ => Choose([.. weights.Select((w, i) => (w, i)).Where(x => x.w > 0).Select(x => x.i + 1)]),
    };

    public static (string, string)[] WrongAnswer(QuestionKind kind, IReadOnlyList<decimal> weights) => kind switch
    {
        QuestionKind.Attitude => [("Input.Agreement", "2")],
        _ => Choose(weights.Select((w, i) => (w, i)).First(x => x.w <= 0).i + 1),
    };

    public async Task<HttpResponseMessage> SubmitAsync() => await visitor.SubmitAsync(await visitor.OpenAsync(Review), "submit-test");

    public static void Redirected(HttpResponseMessage response) =>
        Assert.True(Visitor.IsRedirect(response.StatusCode), $"Expected a redirect, got {(int)response.StatusCode}.");

    public static void Status(HttpStatusCode expected, HttpResponseMessage response) => Assert.Equal(expected, response.StatusCode);
}
