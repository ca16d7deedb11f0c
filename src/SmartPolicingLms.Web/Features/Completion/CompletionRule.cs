
namespace SmartPolicingLms.Web.Features.Completion;

// What completion is decided from, gathered by the caller from the database.
internal sealed record CompletionFacts(
    CourseRules Course,
    IReadOnlyList<ContactModule> ContactModules,
    IReadOnlyList<SessionAttendance> Attendance,
    IReadOnlyList<SelfStudyModule> SelfStudy,
    bool PreTestTaken,
    bool PreTestWaived,
    decimal? BestPostTestPercent);

internal sealed record CourseRules(int AttendanceRequiredPercent, int LateCreditPercent, int PassMarkPercent);

// RegularMinutes: the length of all the module's regular sessions in the cohort, which a session's share is taken from.
// HeldMinutes: how much of that has already taken place (null: all of it), so that a session still to come is never
// described as missed.
internal sealed record ContactModule(int Number, string Title, decimal Hours, int RegularMinutes, int? HeldMinutes = null);

// One session of a module (regular or make-up) and how the recruit was marked in it.
internal sealed record SessionAttendance(int ModuleNumber, decimal Minutes, AttendanceMark Mark);

internal sealed record SelfStudyModule(int Number, string Title, bool Done);

internal sealed record CompletionResult(bool Completed, decimal AttendedHours, decimal RequiredHours, IReadOnlyList<string> Missing);

// The one place completion is decided. A session is worth its share of the module's hours (its minutes over the
// minutes of all the module's regular sessions), so breaks inside sessions neither add nor lose credit, and a
// make-up session earns the same share a regular one of its length would. Credit per module never exceeds the
// module's hours, so a make-up cannot earn more than what was missed.
internal static class CompletionRule
{
    public static CompletionResult Decide(CompletionFacts facts)
    {
        var perModule = facts.ContactModules.ToDictionary(m => m.Number, m => Credit(m, facts));
        var attended = perModule.Values.Sum();
        var contactHours = facts.ContactModules.Sum(m => m.Hours);
        var required = Math.Round(contactHours * facts.Course.AttendanceRequiredPercent / 100m, 2);
        var missing = new List<string>();

        if (attended < required)
        {
            var shortModules = facts.ContactModules.Where(m => perModule[m.Number] < m.Hours).Select(m => Shortfall(m, perModule[m.Number]));
            var shortBy = required - attended;
            missing.Add($"needs {Hours(shortBy)} more contact {(shortBy == 1m ? "hour" : "hours")}: {string.Join("; ", shortModules)}");
        }
        foreach (var module in facts.SelfStudy.Where(m => !m.Done))
            missing.Add($"has not marked self-study module {module.Number} '{module.Title}' as read");
        if (!facts.PreTestTaken && !facts.PreTestWaived)
            missing.Add("has not taken the pre-test (an instructor may waive it)");
        if (facts.BestPostTestPercent is not { } post)
            missing.Add($"has not passed the post-test yet (pass mark {facts.Course.PassMarkPercent}%)");
        else if (!PassMark.Passes(post, facts.Course.PassMarkPercent))
            missing.Add($"scored {post:0.#}% on the post-test; the pass mark is {facts.Course.PassMarkPercent}%");

        return new CompletionResult(missing.Count == 0, Math.Round(attended, 2), required, missing);
    }

    // Why a module has not earned its hours yet, in words that do not blame a recruit for a session still to come.
    static string Shortfall(ContactModule module, decimal credit)
    {
        var name = $"module {module.Number} '{module.Title}'";
        if (module.RegularMinutes <= 0)
            return $"{name} has no session scheduled yet";
        var held = Math.Min(module.HeldMinutes ?? module.RegularMinutes, module.RegularMinutes);
        if (held <= 0)
            return $"{name} is still to come";
        if (credit >= module.Hours * held / module.RegularMinutes)
            return $"{name} still has sessions to come";
        return credit == 0 && held == module.RegularMinutes ? $"{name} was missed" : $"{name} was partly missed";
    }

    static decimal Credit(ContactModule module, CompletionFacts facts)
    {
        if (module.RegularMinutes <= 0) return 0m;
        var earned = facts.Attendance.Where(a => a.ModuleNumber == module.Number).Sum(a =>
            module.Hours * a.Minutes / module.RegularMinutes * Factor(a.Mark, facts.Course.LateCreditPercent));
        return Math.Min(module.Hours, earned);
    }

    static decimal Factor(AttendanceMark mark, int lateCreditPercent) => mark switch
    {
        AttendanceMark.Present => 1m,
        AttendanceMark.Late => lateCreditPercent / 100m,
        _ => 0m,
    };

    static string Hours(decimal hours) => hours.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
