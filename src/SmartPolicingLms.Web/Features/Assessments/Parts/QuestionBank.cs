using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Assessments;

// Match is a matching item's answer; Number what a numerical answer accepts (null for any number).
internal sealed record OptionView(int Position, string Html, string Text, decimal Weight, string? Match = null, NumericAnswer? Number = null);

// Number is the question's place in the test (1, 2, ...), the n of its page.
internal sealed record QuestionView(
    int Id, string Key, int Number, QuestionKind Kind, string PromptHtml, bool Shuffle, AttitudeDirection Favourable,
    IReadOnlyList<OptionView> Options)
{
    public bool IsScored => Kind != QuestionKind.Attitude;

    // Matching: the items to pair, in written order; options without text are extra answers only.
    public IReadOnlyList<OptionView> MatchItems => [.. Options.Where(o => o.Match is not null && o.Text.Length > 0)];

    // Matching: every answer once, in alphabetical order, so the list never gives the pairs away by their order.
    public IReadOnlyList<string> MatchChoices =>
        [.. Options.Select(o => o.Match).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(m => m, StringComparer.OrdinalIgnoreCase).ThenBy(m => m, StringComparer.Ordinal)];
}

// The questions of a course version, read once per process: an imported version never changes, and every
// answer save needs its question, so this keeps the hottest request of the app to the queries that matter.
internal sealed class QuestionBank
{
    readonly ConcurrentDictionary<int, Lazy<Task<IReadOnlyList<QuestionView>>>> versions = new();

    public async Task<IReadOnlyList<QuestionView>> ForAsync(AppDbContext db, int courseVersionId, CancellationToken ct)
    {
        var entry = versions.GetOrAdd(courseVersionId, id => new Lazy<Task<IReadOnlyList<QuestionView>>>(() => LoadAsync(db, id)));
        try
        {
            return await entry.Value.WaitAsync(ct);
        }
        catch when (entry.Value.IsFaulted)
        {
            // A failed read (the database was unreachable) is not kept: the next request reads again.
            versions.TryRemove(KeyValuePair.Create(courseVersionId, entry));
            throw;
        }
    }

    static async Task<IReadOnlyList<QuestionView>> LoadAsync(AppDbContext db, int courseVersionId)
    {
        var questions = await db.CourseQuestions.AsNoTracking()
            .Where(q => q.CourseVersionId == courseVersionId)
            .Include(q => q.Options)
            .OrderBy(q => q.Position)
            .ToListAsync();
        return [.. questions.Select((q, i) => new QuestionView(q.Id, q.Key, i + 1, q.Kind, q.PromptHtml, q.Shuffle, q.Favourable,
            [.. q.Options.OrderBy(o => o.Position).Select(o => new OptionView(o.Position, o.Html, o.Text, o.Weight, o.Match,
                o.NumberValue is { } value ? new NumericAnswer(value, o.NumberTolerance ?? 0) : null))]))];
    }
}
