
namespace SmartPolicingLms.Web.Features.Learning;

// What a recruit still has to do in one cohort, in plain words, soonest first.
internal static class NextSteps
{
    static readonly IStringLocalizer T = Localizers.For<LearningStrings>();

    internal sealed record Unread(int Number, string Title);

    internal sealed record NextSession(int ModuleNumber, string ModuleTitle, DateTime StartsAt, string Location);

    public static IReadOnlyList<string> For(CohortState state, TestProgress pre, TestProgress post, IEnumerable<Unread> unread,
        NextSession? next, TimeZoneInfo zone, DateTime now)
    {
        if (state == CohortState.Cancelled)
            return [];
        var steps = new List<string>();
        if (pre.CanTake)
        {
            steps.Add(pre.Window.ClosesAt is { } closes
                ? pre.Started ? T["Finish the pre-test before {0}", LearningText.When(closes, zone, now)] : T["Take the pre-test before {0}", LearningText.When(closes, zone, now)]
                : pre.Started ? T["Finish the pre-test before your first session"] : T["Take the pre-test before your first session"]);
        }
        if (next is not null)
        {
            var module = T["module {0} '{1}'", next.ModuleNumber, next.ModuleTitle].Value;
            var where = next.Location.Length > 0 ? $", {next.Location}" : "";
            steps.Add(next.StartsAt <= now ? T["Be at {0}: it is on now", module] + where : T["Come to {0} on {1}", module, LearningText.When(next.StartsAt, zone, now)] + where);
        }
        steps.AddRange(unread.Select(m => T["Read {0}", T["module {0} '{1}'", m.Number, m.Title]].Value));
        if (post.CanTake)
        {
            var tried = post.Submitted.Count();
            steps.Add(post.Started ? T["Finish the post-test"]
                : tried == 0 ? T["Take the post-test"]
                : T["Take the post-test again (attempt {0} of {1})", tried + 1, post.Allowed]);
        }
        return steps;
    }
}
