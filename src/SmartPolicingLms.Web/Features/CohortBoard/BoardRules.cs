using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.CohortBoard;

// Slot coverage as planned and as it happened: planned means filled by an organisation (named or not); delivered
// is what the roll call recorded for each slot.
internal sealed record DeliveryCounts(int Planned, int Delivered, int NotDelivered, int NotRecorded, int ToCome, int Waived, int Open);

// The board's judgements, apart from the database so they can be tested alone.
internal static class BoardRules
{
    static readonly IStringLocalizer T = Localizers.For<CohortBoardStrings>();

    // Attended (present or late) over the people expected; null when nobody was expected.
    public static decimal? Rate(int attended, int expected) => expected == 0 ? null : (decimal)attended / expected;

    public static string Percent(decimal? rate) => rate is { } r ? $"{Math.Round(r * 100m, 0):0}%" : "–";

    // Why a recruit is at risk of not completing, in words of the reader's language (worked out for each page, never
    // stored); empty when they are not. Each reason is something that
    // will not fix itself by the recruit simply carrying on:
    // - hours: even attending in full every session still open to them (not held yet, or its roll call not taken),
    //   their contact hours stay under the required share, so they need a make-up session;
    // - pre-test: its window has closed and they neither took it nor had it waived;
    // - post-test: the last session is over and their best score is under the pass mark.
    public static IReadOnlyList<string> AtRisk(CompletionFacts facts, IReadOnlyList<SessionAttendance> stillOpen,
        bool preTestClosed, bool lastSessionOver, int postAttemptsLeft)
    {
        var reasons = new List<string>();
        var contactHours = facts.ContactModules.Sum(m => m.Hours);
        var best = CompletionRule.Decide(facts with { Attendance = [.. facts.Attendance, .. stillOpen] });
        if (best.AttendedHours < best.RequiredHours)
        {
            var missed = contactHours - best.AttendedHours;
            var allowed = contactHours - best.RequiredHours;
            reasons.Add(T["has missed {0}, more than the {1} the course allows to miss: cannot complete without a make-up session",
                T.Plural(missed, "{0:0.##} contact hour|{0:0.##} contact hours"), Hours(allowed)]);
        }
        if (preTestClosed && !facts.PreTestTaken && !facts.PreTestWaived)
            reasons.Add(T["did not take the pre-test before it closed, and it was not waived"]);
        if (lastSessionOver && facts.BestPostTestPercent is { } post && !PassMark.Passes(post, facts.Course.PassMarkPercent))
            reasons.Add(postAttemptsLeft > 0
                ? T["scored {0:0.#}% on the post-test, under the pass mark of {1}%", post, facts.Course.PassMarkPercent]
                : T["scored {0:0.#}% on the post-test, under the pass mark of {1}%, with no attempts left (a retake can be granted)", post,
                    facts.Course.PassMarkPercent]);
        return reasons;
    }

    public static DeliveryCounts Delivery(IEnumerable<(SlotCoverage Coverage, bool? Delivered, bool SessionOver)> slots)
    {
        var list = slots.ToList();
        var planned = list.Where(s => s.Coverage is SlotCoverage.FilledByOrganisation or SlotCoverage.Named).ToList();
        return new DeliveryCounts(
            planned.Count,
            planned.Count(s => s.Delivered == true),
            planned.Count(s => s.Delivered == false),
            planned.Count(s => s.Delivered is null && s.SessionOver),
            planned.Count(s => s.Delivered is null && !s.SessionOver),
            list.Count(s => s.Coverage == SlotCoverage.Waived),
            list.Count(s => s.Coverage == SlotCoverage.Open));
    }

    static string Hours(decimal hours) => hours.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture);
}
