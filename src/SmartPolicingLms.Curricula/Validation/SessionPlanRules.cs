using System.Globalization;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Parsing;

namespace SmartPolicingLms.Curricula.Validation;

/// <summary>
/// A plan adds up when its teaching steps (breaks left out) fill the module's minutes exactly: the module's hours
/// times the course's hour length. Breaks are outside the teaching hours, as academic hours count them.
/// </summary>
internal static class SessionPlanRules
{
    public static void Check(ModuleDraft module, int hourMinutes, DiagnosticBag diagnostics)
    {
        // Hours or an hour length that are themselves wrong are reported already; a sum against them would only add noise.
        if (module.Plan is not { Steps.Count: > 0 } plan || module.FrontMatter.Hours is not { } hours || hours <= 0 || hourMinutes is < 30 or > 60) return;
        var moduleMinutes = hours * hourMinutes;
        var difference = plan.TeachingMinutes - moduleMinutes;
        if (difference == 0) return;
        var breaks = plan.BreakMinutes > 0 ? $" (breaks, {plan.BreakMinutes} minutes, are not teaching time)" : "";
        diagnostics.Error(DiagnosticCodes.PlanMinutesMismatch, module.Path, plan.Line, 1,
            $"the session plan's steps add up to {plan.TeachingMinutes} minutes{breaks}, but the module is {N(moduleMinutes)} minutes "
            + $"({N(hours)} hours of {hourMinutes} minutes): {N(Math.Abs(difference))} minutes {(difference < 0 ? "short" : "too many")}");
    }

    static string N(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
