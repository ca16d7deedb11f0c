using FluentValidation;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Validation;

internal sealed partial class CourseRules
{
    // Two forms are compared objective by objective (share right before and after), which is only fair when each
    // form asks the same number of scored items about each objective. Items marked both count in each form.
    static void FormsAreParallel(CourseDraft draft, ValidationContext<CourseDraft> context)
    {
        if (draft.Questions.All(q => q.Form == QuestionForm.Both)) return;
        var scored = draft.Questions.Where(q => q.IsScored && q.ObjectiveId is not null).ToList();
        foreach (var objective in scored.Select(q => q.ObjectiveId!).Distinct())
        {
            var pre = scored.Where(q => q.ObjectiveId == objective && q.InPreTest).ToList();
            var post = scored.Where(q => q.ObjectiveId == objective && q.InPostTest).ToList();
            if (pre.Count == post.Count) continue;
            var (more, moreName, fewer, fewerName) = pre.Count > post.Count
                ? (pre, "pre-test", post, "post-test")
                : (post, "post-test", pre, "pre-test");
            var extra = more.FirstOrDefault(q => q.Form != QuestionForm.Both) ?? more[0];
            Fail(context, DiagnosticCodes.FormsNotParallel, extra.SourcePath, (extra.Line, 1),
                $"the objective '{objective}' has {Items(more.Count)} in the {moreName} form ({Places(more)}) but " +
                $"{(fewer.Count == 0 ? "none" : Items(fewer.Count))} in the {fewerName} form{(fewer.Count == 0 ? "" : $" ({Places(fewer)})")}; " +
                $"parallel forms need the same number of scored items per objective: add {more.Count - fewer.Count} to the {fewerName} form " +
                "(Form: pre, post or both) or remove as many from this one");
        }
    }

    static string Items(int count) => count == 1 ? "1 scored item" : $"{count} scored items";

    static string Places(IEnumerable<Question> questions) => string.Join("; ", questions.GroupBy(q => q.SourcePath)
        .Select(g => $"{g.Key} line{(g.Count() == 1 ? "" : "s")} {string.Join(", ", g.Select(q => q.Line))}"));
}
