
namespace SmartPolicingLms.Web.Features.Learning;

// What a recruit still has to do in one cohort, in plain words, soonest first.
internal static class NextSteps
{
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
            var before = pre.Window.ClosesAt is { } closes ? $"before {LearningText.When(closes, zone, now)}" : "before your first session";
            steps.Add($"{(pre.Started ? "Finish" : "Take")} the pre-test {before}");
        }
        if (next is not null)
        {
            var module = LearningText.Module(next.ModuleNumber, next.ModuleTitle);
            var where = next.Location.Length > 0 ? $", {next.Location}" : "";
            steps.Add(next.StartsAt <= now ? $"Be at {module}: it is on now{where}" : $"Come to {module} on {LearningText.When(next.StartsAt, zone, now)}{where}");
        }
        steps.AddRange(unread.Select(m => $"Read {LearningText.Module(m.Number, m.Title)}"));
        if (post.CanTake)
        {
            var tried = post.Submitted.Count();
            steps.Add(post.Started ? "Finish the post-test"
                : tried == 0 ? "Take the post-test"
                : $"Take the post-test again (attempt {tried + 1} of {post.Allowed})");
        }
        return steps;
    }
}
