using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Assessments;

namespace SmartPolicingLms.Web.Features.CohortResults;

// One objective before and after: the share of its items fully right in the pre-test form and in the post-test form.
internal sealed record ObjectiveRow(string Key, string Text, int PreItems, int PostItems, QuestionShare? Before, QuestionShare? After);

// Parallel forms ask different items, so a question has no "after" to compare with; what both forms measure alike is
// the objective, with as many scored items on each side (the curricula validator insists on it).
internal static class ObjectiveRows
{
    public static IReadOnlyList<ObjectiveRow> Compare(IReadOnlyList<(string Key, string Text)> objectives, IReadOnlyList<QuestionView> questions,
        Func<QuestionView, TestKind, IReadOnlyCollection<decimal?>> scores)
    {
        var scored = questions.Where(q => q.IsScored && q.ObjectiveKey is not null).ToList();
        QuestionShare? Side(IEnumerable<QuestionView> items, TestKind test) =>
            ResultMath.Share([.. items.Where(q => q.AskedIn(test)).SelectMany(q => scores(q, test))]);
        return [.. objectives.Select(o => (o, Items: scored.Where(q => q.ObjectiveKey == o.Key).ToList()))
            .Where(x => x.Items.Count > 0)
            .Select(x => new ObjectiveRow(x.o.Key, x.o.Text, x.Items.Count(q => q.AskedIn(TestKind.Pre)), x.Items.Count(q => q.AskedIn(TestKind.Post)),
                Side(x.Items, TestKind.Pre), Side(x.Items, TestKind.Post)))];
    }

    // In teaching order: module by module, then as the module lists them.
    public static async Task<IReadOnlyList<(string Key, string Text)>> TextsAsync(AppDbContext db, int courseVersionId, CancellationToken ct) =>
        [.. (await db.CourseModules.AsNoTracking().Where(m => m.CourseVersionId == courseVersionId).Include(m => m.Objectives).ToListAsync(ct))
            .OrderBy(m => m.Number).SelectMany(m => m.Objectives.OrderBy(o => o.Position)).Select(o => (o.Key, o.Text))];
}
