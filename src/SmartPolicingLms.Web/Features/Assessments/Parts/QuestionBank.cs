using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Assessments;

// Match is a matching item's answer; Number what a numerical answer accepts (null for any number).
// FeedbackHtml: what the bank says to someone who chose the option, shown only in the review after the test is over.
internal sealed record OptionView(int Position, string Html, string Text, decimal Weight, string? Match = null, NumericAnswer? Number = null,
    string? FeedbackHtml = null);

// Number is the question's place in its test (1, 2, ...), the n of its page; in the whole bank, its place in the bank.
internal sealed record QuestionView(
    int Id, string Key, int Number, QuestionKind Kind, string PromptHtml, bool Shuffle, AttitudeDirection Favourable,
    IReadOnlyList<OptionView> Options, string? ObjectiveKey = null, QuestionForm Form = QuestionForm.Both, string? FeedbackHtml = null)
{
    public bool IsScored => Kind != QuestionKind.Attitude;

    // Matching: the items to pair, in written order; options without text are extra answers only.
    public IReadOnlyList<OptionView> MatchItems => [.. Options.Where(o => o.Match is not null && o.Text.Length > 0)];

    // Matching: every answer once, in alphabetical order, so the list never gives the pairs away by their order.
    public IReadOnlyList<string> MatchChoices =>
        [.. Options.Select(o => o.Match).OfType<string>().Distinct(StringComparer.Ordinal)
            .OrderBy(m => m, StringComparer.OrdinalIgnoreCase).ThenBy(m => m, StringComparer.Ordinal)];

    public bool AskedIn(TestKind test) => Form == QuestionForm.Both || (Form == QuestionForm.Pre) == (test == TestKind.Pre);
}

// The questions of a course version in one of its editions, read once per process: an imported version never changes,
// and every answer save needs its question, so this keeps the hottest request of the app to the queries that matter.
// Ids, keys, weights and numbers are the version's in every edition, so answers and results pool across editions.
internal sealed class QuestionBank
{
    sealed record VersionBank(IReadOnlyList<QuestionView> All, IReadOnlyList<QuestionView> Pre, IReadOnlyList<QuestionView> Post);

    readonly ConcurrentDictionary<(int VersionId, string? Language), Lazy<Task<VersionBank>>> versions = new();

    // Every question of the version, whichever test asks it, in the reference's words unless an edition is given:
    // for results and reports.
    public async Task<IReadOnlyList<QuestionView>> ForAsync(AppDbContext db, int courseVersionId, CancellationToken ct, string? edition = null) =>
        (await BankAsync(db, courseVersionId, edition, ct)).All;

    // The questions one test asks, numbered 1.. in that test: the whole bank, or its form when the course has two; in
    // the words of the edition (the cohort's language), or the reference's when the version has no such edition.
    public async Task<IReadOnlyList<QuestionView>> ForTestAsync(AppDbContext db, int courseVersionId, string? edition, TestKind test,
        CancellationToken ct)
    {
        var bank = await BankAsync(db, courseVersionId, edition, ct);
        return test == TestKind.Pre ? bank.Pre : bank.Post;
    }

    async Task<VersionBank> BankAsync(AppDbContext db, int courseVersionId, string? edition, CancellationToken ct)
    {
        var key = (courseVersionId, edition);
        var entry = versions.GetOrAdd(key, k => new Lazy<Task<VersionBank>>(() => LoadAsync(db, k.VersionId, k.Language)));
        try
        {
            return await entry.Value.WaitAsync(ct);
        }
        catch when (entry.Value.IsFaulted)
        {
            // A failed read (the database was unreachable) is not kept: the next request reads again.
            versions.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    static async Task<VersionBank> LoadAsync(AppDbContext db, int courseVersionId, string? edition)
    {
        var questions = await db.CourseQuestions.AsNoTracking()
            .Where(q => q.CourseVersionId == courseVersionId)
            .Include(q => q.Options)
            .OrderBy(q => q.Position)
            .ToListAsync();
        var editionId = await db.EditionIdAsync(courseVersionId, edition, default);
        var prompts = await db.QuestionWordsAsync(editionId, default);
        var options = await db.OptionWordsAsync(editionId, default);
        var all = questions.Select((q, i) => new QuestionView(q.Id, q.Key, i + 1, q.Kind,
            prompts.GetValueOrDefault(q.Id)?.PromptHtml ?? q.PromptHtml, q.Shuffle, q.Favourable,
            [.. q.Options.OrderBy(o => o.Position).Select(o => options.GetValueOrDefault(o.Id) is { } words
                ? new OptionView(o.Position, words.Html, words.Text, o.Weight, words.Match, Number(o), words.FeedbackHtml ?? o.FeedbackHtml)
                : new OptionView(o.Position, o.Html, o.Text, o.Weight, o.Match, Number(o), o.FeedbackHtml))],
            q.ObjectiveKey, q.Form, prompts.GetValueOrDefault(q.Id)?.FeedbackHtml ?? q.FeedbackHtml)).ToList();
        IReadOnlyList<QuestionView> Test(TestKind test) =>
            [.. all.Where(q => q.AskedIn(test)).Select((q, i) => q with { Number = i + 1 })];
        return new VersionBank(all, Test(TestKind.Pre), Test(TestKind.Post));
    }

    static NumericAnswer? Number(CourseQuestionOption option) =>
        option.NumberValue is { } value ? new NumericAnswer(value, option.NumberTolerance ?? 0) : null;
}
