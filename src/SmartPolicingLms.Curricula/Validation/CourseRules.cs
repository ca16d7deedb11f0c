using FluentValidation;
using Severity = SmartPolicingLms.Curricula.Diagnostics.Severity;
using FluentValidation.Results;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Parsing;

namespace SmartPolicingLms.Curricula.Validation;

/// <summary>Everything read from a course folder, for the rules that look across files.</summary>
internal sealed record CourseDraft(
    CourseFrontMatter Course, (int Line, int Column) HoursAt,
    IReadOnlyList<ModuleDraft> Modules, IReadOnlyList<Question> Questions);

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
        if (draft.Course.Hours is not { } declared || modules.Count != draft.Modules.Count) return;
        var total = modules.Sum(m => m.FrontMatter.Hours!.Value);
        if (total == declared) return;
        var each = string.Join(", ", modules.Select(m => $"{System.IO.Path.GetFileName(m.Path)} {m.FrontMatter.Hours:0.##}"));
        Fail(context, DiagnosticCodes.HoursMismatch, "course.md", draft.HoursAt,
            $"course.md declares {declared:0.##} hours, but the modules add up to {total:0.##} ({each})");
    }

    static void IdsAreUnique(CourseDraft draft, ValidationContext<CourseDraft> context)
    {
        var modules = draft.Modules.Where(m => m.FrontMatter.Id is not null)
            .Select(m => (m.FrontMatter.Id!, m.Path, Where: (1, 1)));
        var objectives = draft.Modules.SelectMany(m => m.FrontMatter.Objectives.Where(o => o.Id is not null)
            .Select(o => (o.Id!, m.Path, Where: (o.Line, o.Column))));
        var questions = draft.Questions.Select(q => (q.Id, q.SourcePath, Where: (q.Line, 1)));
        Unique(context, "module", modules);
        Unique(context, "objective", objectives);
        Unique(context, "question", questions);
    }

    static void Unique(ValidationContext<CourseDraft> context, string what, IEnumerable<(string Id, string File, (int, int) Where)> items)
    {
        var first = new Dictionary<string, (string File, (int Line, int Column) Where)>();
        foreach (var (id, file, where) in items)
        {
            if (first.TryGetValue(id, out var earlier))
                Fail(context, DiagnosticCodes.DuplicateId, file, where,
                    $"the {what} id '{id}' is already used in {earlier.File} at line {earlier.Where.Line}; ids must be unique in a course");
            else first[id] = (file, where);
        }
    }

    static void QuestionsMeasureKnownObjectives(CourseDraft draft, ValidationContext<CourseDraft> context)
    {
        var objectives = draft.Modules.SelectMany(m => m.FrontMatter.Objectives.Select(o => (Module: m, Objective: o)))
            .Where(x => x.Objective.Id is not null).ToList();
        var known = objectives.Select(x => x.Objective.Id!).ToHashSet();
        foreach (var question in draft.Questions.Where(q => q.ObjectiveId is not null && !known.Contains(q.ObjectiveId)))
            Fail(context, DiagnosticCodes.UnknownObjective, question.SourcePath, (question.Line, 1),
                $"question '{question.Id}' measures '{question.ObjectiveId}', but no module has an objective with that id");
        var scored = draft.Questions.Where(q => q.IsScored).ToList();
        if (scored.Count == 0)
        {
            Fail(context, DiagnosticCodes.NoQuestions, "questions", (0, 0),
                "the course has no scored question, so no pre- or post-test can be built; add questions in questions/");
            return;
        }
        var measured = scored.Select(q => q.ObjectiveId).ToHashSet();
        foreach (var (module, objective) in objectives.Where(x => !measured.Contains(x.Objective.Id)))
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
