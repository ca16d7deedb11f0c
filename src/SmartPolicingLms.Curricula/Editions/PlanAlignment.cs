using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Parsing;

namespace SmartPolicingLms.Curricula.Editions;

/// <summary>
/// An edition's session plan has the reference's timed steps: the same number, each of the same minutes and the same
/// kind (teaching or break), so instructors of every edition run the same session. With a step added or left out,
/// every later step would differ too, so that is reported once, at the plan, with both lists of minutes.
/// </summary>
internal static class PlanAlignment
{
    public static void Check(ModuleDraft reference, ModuleDraft edition, DiagnosticBag diagnostics)
    {
        var (theirs, mine) = (reference.Plan, edition.Plan);
        if (theirs is null && mine is null) return;
        if (mine is null)
        {
            diagnostics.Error(DiagnosticCodes.EditionPlanDiffers, edition.Path, 0, 0,
                $"{reference.Path} has a session plan (line {theirs!.Line}) but this edition has none; translate its '::: plan' block");
            return;
        }
        if (theirs is null)
        {
            diagnostics.Error(DiagnosticCodes.EditionPlanDiffers, edition.Path, mine.Line, 1,
                $"this session plan is not in {reference.Path}; an edition has the reference's plans only");
            return;
        }
        if (mine.Steps.Count != theirs.Steps.Count)
        {
            diagnostics.Error(DiagnosticCodes.EditionPlanDiffers, edition.Path, mine.Line, 1,
                $"the session plan has {mine.Steps.Count} timed steps here ({Minutes(mine)}) but {theirs.Steps.Count} in {reference.Path} ({Minutes(theirs)})");
            return;
        }
        foreach (var (step, original) in mine.Steps.Zip(theirs.Steps).Where(p => Describe(p.First) != Describe(p.Second)))
            diagnostics.Error(DiagnosticCodes.EditionPlanDiffers, edition.Path, step.Line, 1,
                $"this step is {Describe(step)} here but {Describe(original)} in {reference.Path} (line {original.Line})");
    }

    static string Describe(PlanStep step) => step.IsBreak ? $"a {step.Minutes}-minute break" : $"{step.Minutes} minutes of teaching";

    static string Minutes(SessionPlan plan) => string.Join(", ", plan.Steps.Select(s => s.IsBreak ? $"{s.Minutes} break" : s.Minutes.ToString()));
}
