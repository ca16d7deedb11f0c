using FluentValidation;
using Severity = SmartPolicingLms.Curricula.Diagnostics.Severity;
using FluentValidation.Results;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Parsing;

namespace SmartPolicingLms.Curricula.Validation;

/// <summary>Everything read from a course folder, for the rules that look across files.</summary>
// ModulesComplete is false when a module was refused or its front matter unreadable, QuestionsComplete when a question
// file or question had an error: both already reported, so the rules that would restate them stay silent.
internal sealed record CourseDraft(
    CourseFrontMatter Course, (int Line, int Column) HoursAt,
    IReadOnlyList<ModuleDraft> Modules, IReadOnlyList<Question> Questions,
    bool ModulesComplete = true, bool QuestionsComplete = true);

/// <summary>Rules across files: hours add up, ids are unique, every objective is measured.</summary>
internal sealed partial class CourseRules : AbstractValidator<CourseDraft>
{
    public CourseRules()
    {
        RuleFor(d => d).Custom(HoursAddUp);
        RuleFor(d => d).Custom(IdsAreUnique);
        RuleFor(d => d).Custom(QuestionsMeasureKnownObjectives);
        RuleFor(d => d).Custom(FormsAreParallel);
    }

    static void HoursAddUp(CourseDraft draft, ValidationContext<CourseDraft> context)
    {
        // A module with no or absurd hours is reported on its own; a sum over it would only add noise.
        var modules = draft.Modules.Where(m => m.FrontMatter.Hours is > 0 and <= 40).ToList();
        if (draft.Course.Hours is not { } declared || modules.Count != draft.Modules.Count || !draft.ModulesComplete) return;
        var total = modules.Sum(m => m.FrontMatter.Hours!.Value);
        if (total == declared) return;
        var each = string.Join(", ", modules.Select(m => $"{System.IO.Path.GetFileName(m.Path)} {m.FrontMatter.Hours:0.##}"));
        Fail(context, DiagnosticCodes.HoursMismatch, "course.md", draft.HoursAt,
            $"course.md declares {declared:0.##} hours, but the modules add up to {total:0.##} ({each})");
    }

    static void IdsAreUnique(CourseDraft draft, ValidationContext<CourseDraft> context)
    {
        var modules = draft.Modules.Where(m => m.FrontMatter.Id is not null)
            .Select(m => new Named(m.FrontMatter.Id!, m.Path, (1, 1)));
        var objectives = draft.Modules.SelectMany(m => m.FrontMatter.Objectives.Where(o => o.Id is not null)
            .Select(o => new Named(o.Id!, m.Path, (o.Line, o.Column))));
        var questions = draft.Questions.Select(q => new Named(q.Written ?? q.Id, q.SourcePath, (q.Line, 1), q.Id));
        Unique(context, "module", modules);
        Unique(context, "objective", objectives);
        Unique(context, "question", questions);
    }

    /// <summary>An id or title as the author wrote it, where, and the id it gives (its Latin key).</summary>
    sealed record Named(string Written, string File, (int Line, int Column) Where, string? Id = null)
    {
        public string Key => Id ?? Ids.Key(Written);

        // Quote what the author wrote, and the id only when it differs: an id they never wrote would not be found.
        public string Quoted(string what) => Written == Key ? $"the {what} id '{Key}'" : $"the {what} '{Written}' (id '{Key}')";
    }

    static void Unique(ValidationContext<CourseDraft> context, string what, IEnumerable<Named> items)
    {
        var first = new Dictionary<string, Named>();
        foreach (var item in items)
        {
            if (!first.TryGetValue(item.Key, out var earlier))
            {
                first[item.Key] = item;
                continue;
            }
            var by = earlier.Written == item.Written ? "" : $" by {earlier.Quoted(what)}";
            Fail(context, DiagnosticCodes.DuplicateId, item.File, item.Where,
                $"{item.Quoted(what)} is already used{by} in {earlier.File} at line {earlier.Where.Line}; ids must be unique in a course");
        }
    }

    static void QuestionsMeasureKnownObjectives(CourseDraft draft, ValidationContext<CourseDraft> context)
    {
        var objectives = draft.Modules.SelectMany(m => m.FrontMatter.Objectives.Select(o => (Module: m, Objective: o)))
            .Where(x => x.Objective.Id is not null).ToList();
        var known = objectives.Select(x => Ids.Key(x.Objective.Id!)).ToHashSet();
        // With a module missing, its objectives are unknown too; naming them would only restate that error.
        foreach (var question in draft.Questions.Where(q => draft.ModulesComplete && q.ObjectiveId is not null && !known.Contains(q.ObjectiveId)))
            Fail(context, DiagnosticCodes.UnknownObjective, question.SourcePath, (question.Line, 1),
                $"question '{question.Written ?? question.Id}' measures '{question.ObjectiveId}', but no module has an objective with that id");
        // A question that failed is reported already; the objectives it would have measured are not "unmeasured".
        if (!draft.QuestionsComplete) return;
        var scored = draft.Questions.Where(q => q.IsScored).ToList();
        if (scored.Count == 0)
        {
            Fail(context, DiagnosticCodes.NoQuestions, "questions", (0, 0),
                "the course has no scored question, so no pre- or post-test can be built; add questions in questions/");
            return;
        }
        var measured = scored.Select(q => q.ObjectiveId).ToHashSet();
        foreach (var (module, objective) in objectives.Where(x => !measured.Contains(Ids.Key(x.Objective.Id!))))
            Fail(context, DiagnosticCodes.ObjectiveNotMeasured, module.Path, (objective.Line, objective.Column),
                $"no scored question measures the objective '{objective.Id}'; add one, or the tests cannot show whether it was learned",
                Severity.Warning);
    }

    static void Fail(ValidationContext<CourseDraft> context, string code, string file, (int Line, int Column) where,
        string message, Severity severity = Severity.Error) =>
        context.AddFailure(new ValidationFailure(file, message)
        {
            ErrorCode = code,
            CustomState = (file, where.Line, where.Column),
            Severity = severity == Severity.Error ? FluentValidation.Severity.Error : FluentValidation.Severity.Warning,
        });
}
