using SmartPolicingLms.Curricula;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.ItemWriting;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Cli;

internal static class InspectCommand
{
    public static int Run(string folder, TextWriter output)
    {
        // The item-writing check always runs here, summarised; its warnings one by one are what validate --items shows.
        var results = Courses.From(folder, new CourseLoadOptions { CheckItemWriting = true });
        foreach (var result in results)
        {
            foreach (var diagnostic in DiagnosticDigest.Shown(result.Diagnostics.Where(d => !ItemWritingCheck.Rules.ContainsKey(d.Code)).ToList(), result.Folder))
                output.WriteLine(diagnostic);
            if (result.Course is not { } course) continue;
            Write(course, output);
            ItemWritingSummary(result.Diagnostics, output);
        }
        return results.Count == 0 || results.Any(r => r.HasErrors) ? 1 : 0;
    }

    static void Write(Course course, TextWriter output)
    {
        var s = course.Settings;
        output.WriteLine($"# {DiagnosticText.Escape(course.Title)} ({course.Id}, version {DiagnosticText.Escape(course.VersionLabel)})");
        output.WriteLine();
        output.WriteLine($"{course.Origin.Institution}, {course.Origin.Country}; {Words(course.Audience)}; {s.DeclaredHours:0.##} hours of {s.HourMinutes} minutes; "
            + $"pass mark {s.PassMarkPercent}%, attendance {s.AttendanceRequiredPercent}%, {s.PostTestAttempts} post-test attempts.");
        output.WriteLine();
        output.WriteLine(course.Certificate is { } certificate
            ? $"Certificate: {DiagnosticText.Escape(certificate.Title)}. \"{DiagnosticText.Escape(certificate.Statement)}\""
            : "Certificate: no wording declared (add 'certificate' to course.md).");
        output.WriteLine();
        output.WriteLine("| # | module | hours | delivery | co-trainer slots per session | objectives | scored questions |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var module in course.Modules)
        {
            var objectiveIds = module.Objectives.Select(o => o.Id).ToHashSet();
            var questions = course.Questions.Count(q => q.IsScored && q.ObjectiveId is not null && objectiveIds.Contains(q.ObjectiveId));
            output.WriteLine($"| {module.Number} | {DiagnosticText.Escape(module.Title)} | {module.Hours:0.##} | {Words(module.Delivery)} | {Slots(module.Slots)} | {module.Objectives.Count} | {questions} |");
        }
        var scored = course.Questions.Where(q => q.IsScored).ToList();
        var measured = scored.Select(q => q.ObjectiveId).ToHashSet();
        var objectives = course.Objectives.ToList();
        output.WriteLine();
        output.WriteLine($"Questions: {scored.Count} scored ({Kinds(scored)}), {course.Questions.Count - scored.Count} attitude items. "
            + $"Objectives measured: {objectives.Count(o => measured.Contains(o.Id))} of {objectives.Count}. Contact hours: {course.ContactHours:0.##}.");
        output.WriteLine();
        output.WriteLine(course.HasParallelForms
            ? $"Test forms: two parallel forms, compared by objective: pre-test {Items(scored.Count(q => q.InPreTest))}, "
                + $"post-test {Items(scored.Count(q => q.InPostTest))} ({scored.Count(q => q.Form == QuestionForm.Both)} in both)."
            : "Test forms: one bank, asked before and after.");
        output.WriteLine();
        output.WriteLine(ForInstructors(course));
        output.WriteLine();
        EditionsCommandPart.Write(course, output);
    }

    // What instructors get beyond the recruits' pages: session plans (validate already checked that they add up) and
    // the legal claims that still need a local lawyer's review before the course is taught.
    static string ForInstructors(Course course)
    {
        var taught = course.Modules.Where(m => m.Delivery.IsContact()).ToList();
        var planned = taught.Where(m => m.Plan is not null).ToList();
        var claims = course.Modules.SelectMany(m => m.LegalClaims).ToList();
        var pending = claims.Count(c => c.IsPending);
        var plans = planned.Count == 0
            ? $"Session plans: none of {taught.Count} taught modules."
            : $"Session plans: {planned.Count} of {taught.Count} taught modules, {planned.Sum(m => m.Plan!.TeachingMinutes)} teaching minutes "
                + $"and {planned.Sum(m => m.Plan!.BreakMinutes)} minutes of breaks.";
        var legal = claims.Count == 0
            ? "Legal claims: none listed."
            : $"Legal claims: {claims.Count}, {pending} pending local legal review"
                + (pending == 0 ? "." : $" (modules {string.Join(", ", course.Modules.Where(m => m.NeedsLegalReview).Select(m => m.Number))}).");
        return plans + "\n" + legal;
    }

    static string Items(int count) => $"{count} scored item{(count == 1 ? "" : "s")}";

    static void ItemWritingSummary(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        var counts = diagnostics.Where(d => ItemWritingCheck.Rules.ContainsKey(d.Code)).CountBy(d => d.Code).ToDictionary();
        output.WriteLine(counts.Count == 0
            ? "Item-writing check: no warnings."
            : $"Item-writing check: {counts.Values.Sum()} warning{(counts.Values.Sum() == 1 ? "" : "s")}; `splms validate --items` lists each with its line.");
        foreach (var (code, rule) in ItemWritingCheck.Rules)
            output.WriteLine($"- {rule} ({code}): {counts.GetValueOrDefault(code)}");
        output.WriteLine();
    }

    static string Slots(IReadOnlyList<CoTrainerSlot> slots) => slots.Count == 0
        ? "none"
        : string.Join(", ", slots.GroupBy(s => s).Select(g => $"{g.Count()} {Words(g.Key.Role)}{(g.Count() > 1 ? "s" : "")} ({Words(g.Key.Community)})"));

    static string Kinds(IEnumerable<Question> questions) =>
        string.Join(", ", questions.GroupBy(q => q.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Words(g.Key)}"));

    static string Words<T>(T value) where T : struct, Enum => value switch
    {
        Audience.InServiceOfficers => "in-service officers",
        Delivery.SelfStudy => "self-study",
        Delivery.FieldVisit => "field visit",
        Community.SexWorkers => "sex workers",
        Community.PeopleWhoUseDrugs => "people who use drugs",
        Community.Either => "either community",
        SlotRole.CoTrainer => "co-trainer",
        SlotRole.LeadTrainer => "lead trainer",
        QuestionKind.SingleChoice => "single choice",
        QuestionKind.MultipleChoice => "multiple choice",
        QuestionKind.TrueFalse => "true/false",
        QuestionKind.ShortAnswer => "short answer",
        _ => value.ToString().ToLowerInvariant(),
    };
}
