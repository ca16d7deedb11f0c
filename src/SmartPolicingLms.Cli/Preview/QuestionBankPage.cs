using System.Net;
using System.Text;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Cli.Preview;

/// <summary>
/// The question bank as a test shows it. Recruits see prompts and the choices to make, never
/// which option is right, a weight, an accepted answer or feedback; instructors see all of it.
/// A kind of question this page does not know shows its prompt only, so a new kind cannot leak
/// its key to the recruits' view before someone writes how to show it.
/// </summary>
internal static class QuestionBankPage
{
    static readonly string[] AgreementScale = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

    public static string Body(Course course, PreviewAudience audience)
    {
        var body = new StringBuilder($"<p>{course.Questions.Count} questions, in the order of the bank; a test may shuffle the options.</p>\n");
        foreach (var (question, number) in course.Questions.Select((q, i) => (q, i + 1)))
        {
            body.Append($"<section class=\"question\" aria-labelledby=\"{Id(question)}\">\n<h2 id=\"{Id(question)}\">Question {number}</h2>\n");
            if (audience == PreviewAudience.Instructors)
                body.Append($"<p class=\"meta\">{E(question.Id)}, {Words(question.Kind)}, objective {E(question.ObjectiveId ?? "none")}</p>\n");
            body.Append(question.PromptHtml).Append('\n');
            body.Append(audience == PreviewAudience.Instructors ? WithKeys(question) : AsAsked(question));
            body.Append("</section>\n");
        }
        return body.ToString();
    }

    static string AsAsked(Question question) => question.Kind switch
    {
        QuestionKind.SingleChoice or QuestionKind.TrueFalse => Choices(question, "radio", question.Options.Select(o => o.Html)),
        QuestionKind.MultipleChoice => Choices(question, "checkbox", question.Options.Select(o => o.Html)),
        QuestionKind.Attitude => Choices(question, "radio", AgreementScale.Select(E)),
        QuestionKind.ShortAnswer => $"<label>Your answer <input type=\"text\" name=\"{Id(question)}\"></label>\n",
        _ => $"<p class=\"meta\">Answered as {Words(question.Kind)} on the test.</p>\n",
    };

    static string Choices(Question question, string type, IEnumerable<string> labels)
    {
        var list = new StringBuilder($"<fieldset><legend class=\"meta\">{(type == "radio" ? "Choose one" : "Choose all that apply")}</legend>\n");
        foreach (var label in labels) list.Append($"<label><input type=\"{type}\" name=\"{Id(question)}\"> {label}</label>\n");
        return list.Append("</fieldset>\n").ToString();
    }

    static string WithKeys(Question question)
    {
        var keys = new StringBuilder();
        if (question.Kind == QuestionKind.Attitude)
            keys.Append($"<p class=\"key\">Not scored; the course aims at: {(question.Favourable == AttitudeDirection.Agree ? "agree" : "disagree")}.</p>\n");
        else
        {
            keys.Append(question.Kind == QuestionKind.ShortAnswer ? "<p>Accepted answers:</p>\n<ul>\n" : "<ul>\n");
            foreach (var option in question.Options)
            {
                var key = option.Weight switch
                {
                    1m => "<span class=\"key\">✓ right</span> ",
                    > 0m => $"<span class=\"key\">✓ {option.Weight:P0}</span> ",
                    < 0m => $"<span>✗ {option.Weight:P0}</span> ",
                    _ => "<span>✗</span> ",
                };
                keys.Append($"<li>{key}{option.Html}");
                if (option.FeedbackHtml is { } feedback) keys.Append($"<div class=\"feedback\">{feedback}</div>");
                keys.Append("</li>\n");
            }
            keys.Append("</ul>\n");
        }
        if (question.FeedbackHtml is { } general) keys.Append($"<div class=\"feedback\"><p>Feedback after the test:</p>{general}</div>\n");
        return keys.ToString();
    }

    static string Id(Question question) => "q-" + WebUtility.UrlEncode(question.Id);

    static string E(string text) => WebUtility.HtmlEncode(text);

    static string Words(QuestionKind kind) => kind switch
    {
        QuestionKind.SingleChoice => "single choice",
        QuestionKind.MultipleChoice => "multiple choice",
        QuestionKind.TrueFalse => "true/false",
        QuestionKind.ShortAnswer => "short answer",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
