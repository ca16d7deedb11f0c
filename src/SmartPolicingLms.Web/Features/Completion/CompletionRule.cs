
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

// Items: what is missing, as codes; Missing: the same in the reader's language.
internal sealed record CompletionResult(bool Completed, decimal AttendedHours, decimal RequiredHours, IReadOnlyList<MissingItem> Items)
{
    public IReadOnlyList<string> Missing => MissingWords.Lines(Items);
}

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
        var missing = new List<MissingItem>();

        if (attended < required)
        {
            var shortModules = facts.ContactModules.Where(m => perModule[m.Number] < m.Hours)
                .Select(m => new ModuleGap(m.Number, m.Title, Shortfall(m, perModule[m.Number])));
            missing.Add(new MissingItem(MissingKind.ContactHours, Hours: Math.Round(required - attended, 2, MidpointRounding.AwayFromZero), Modules: [.. shortModules]));
        }
        foreach (var module in facts.SelfStudy.Where(m => !m.Done))
            missing.Add(new MissingItem(MissingKind.SelfStudyNotRead, Module: module.Number, Title: module.Title));
        if (!facts.PreTestTaken && !facts.PreTestWaived)
            missing.Add(new MissingItem(MissingKind.PreTestNotTaken));
        if (facts.BestPostTestPercent is not { } post)
            missing.Add(new MissingItem(MissingKind.PostTestNotPassed, PassMark: facts.Course.PassMarkPercent));
        else if (!PassMark.Passes(post, facts.Course.PassMarkPercent))
            missing.Add(new MissingItem(MissingKind.PostTestBelowPassMark, Score: Math.Round(post, 1, MidpointRounding.AwayFromZero), PassMark: facts.Course.PassMarkPercent));

        return new CompletionResult(missing.Count == 0, Math.Round(attended, 2), required, missing);
    }

    // Everything the course asks of a recruit, as the rule's own items for someone who has done nothing yet, so a page
    // can list what completes the course without restating the rule.
    public static IReadOnlyList<MissingItem> Requirements(CompletionFacts facts) =>
        Decide(facts with
        {
            Attendance = [], SelfStudy = [.. facts.SelfStudy.Select(m => m with { Done = false })],
            PreTestTaken = false, PreTestWaived = false, BestPostTestPercent = null,
        }).Items;

    // Contact hours of sessions not yet held (a module with none scheduled counts whole): what teaching remains.
    public static decimal HoursToCome(CompletionFacts facts) => Math.Round(facts.ContactModules.Sum(m => m.RegularMinutes <= 0
        ? m.Hours
        : m.Hours * (m.RegularMinutes - Math.Min(m.HeldMinutes ?? m.RegularMinutes, m.RegularMinutes)) / m.RegularMinutes), 2);

    // Why a module has not earned its hours yet, never blaming a recruit for a session still to come.
    static ModuleShortfall Shortfall(ContactModule module, decimal credit)
    {
        if (module.RegularMinutes <= 0)
            return ModuleShortfall.NoSessionScheduled;
        var held = Math.Min(module.HeldMinutes ?? module.RegularMinutes, module.RegularMinutes);
        if (held <= 0)
            return ModuleShortfall.StillToCome;
        if (credit >= module.Hours * held / module.RegularMinutes)
            return ModuleShortfall.SessionsToCome;
        return credit == 0 && held == module.RegularMinutes ? ModuleShortfall.Missed : ModuleShortfall.PartlyMissed;
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
}
