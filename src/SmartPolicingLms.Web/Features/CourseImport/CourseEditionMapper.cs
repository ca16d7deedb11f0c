using Source = SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.CourseImport;

// An edition's words, each row pointing at the reference row it translates (matched by id, and options by place), so
// the edition adds no ids, hours or keys of its own. The engine guarantees the alignment; words it cannot match
// are left out and the reference's are shown instead.
internal static class CourseEditionMapper
{
    public static CourseVersionEdition ToEdition(this Source.CourseEdition edition, CourseVersion reference)
    {
        var content = edition.Content;
        var modules = reference.Modules.ToDictionary(m => m.Key);
        var objectives = reference.Modules.SelectMany(m => m.Objectives).ToDictionary(o => o.Key);
        var questions = reference.Questions.ToDictionary(q => q.Key);
        return new CourseVersionEdition
        {
            Language = edition.Language,
            AwaitingReview = edition.AwaitingReview,
            Title = content.Title,
            Summary = content.Summary,
            OverviewHtml = content.OverviewHtml,
            CertificateTitle = content.Certificate?.Title,
            CertificateStatement = content.Certificate?.Statement,
            Modules = [.. content.Modules.Where(m => modules.ContainsKey(m.Id)).Select(m => new EditionModule
            {
                Module = modules[m.Id],
                Title = m.Title,
                Html = m.HtmlFor(Source.Viewer.Recruit),
                InstructorHtml = m.HtmlFor(Source.Viewer.Instructor) is var instructors && instructors != m.Html ? instructors : null,
            })],
            Objectives = [.. content.Objectives.Where(o => objectives.ContainsKey(o.Id))
                .Select(o => new EditionObjective { Objective = objectives[o.Id], Text = o.Text })],
            Questions = [.. content.Questions.Where(q => questions.ContainsKey(q.Id)).Select(q => new EditionQuestion
            {
                Question = questions[q.Id],
                PromptHtml = q.PromptHtml,
                FeedbackHtml = q.FeedbackHtml,
            })],
            Options = [.. content.Questions.Where(q => questions.ContainsKey(q.Id)).SelectMany(q => Options(q, questions[q.Id]))],
        };
    }

    static IEnumerable<EditionQuestionOption> Options(Source.Question question, CourseQuestion reference) =>
        question.Options.Zip(reference.Options.OrderBy(o => o.Position)).Select(pair => new EditionQuestionOption
        {
            Option = pair.Second,
            Html = pair.First.Html,
            Text = pair.First.Text,
            FeedbackHtml = pair.First.FeedbackHtml,
            Match = pair.First.Match,
        });
}
