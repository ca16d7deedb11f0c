using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Data;

// The words of one edition, keyed by the reference rows they translate. Readers take the reference rows as today and
// put these words over them; a null edition (the reference itself) or a missing word leaves the reference's.
internal static class EditionWords
{
    internal sealed record CourseWords(string Language, bool AwaitingReview, string Title, string Summary, string OverviewHtml,
        string? CertificateTitle, string? CertificateStatement);

    internal sealed record ModuleWords(string Title, string Html, string? InstructorHtml)
    {
        public string HtmlFor(bool instructors) => instructors ? InstructorHtml ?? Html : Html;
    }

    internal sealed record QuestionWords(string PromptHtml, string? FeedbackHtml);

    internal sealed record OptionWords(string Html, string Text, string? FeedbackHtml, string? Match);

    // The id of the version's edition in the language, or null when the language is the version's own or it has none.
    public static Task<int?> EditionIdAsync(this AppDbContext db, int courseVersionId, string? language, CancellationToken ct) =>
        language is null
            ? Task.FromResult<int?>(null)
            : db.CourseVersionEditions.Where(e => e.CourseVersionId == courseVersionId && e.Language == language)
                .Select(e => (int?)e.Id).SingleOrDefaultAsync(ct);

    // The edition a cohort's recruits read; null for the reference.
    public static Task<int?> CohortEditionIdAsync(this AppDbContext db, int cohortId, CancellationToken ct) =>
        (from c in db.Cohorts
         where c.Id == cohortId
         join e in db.CourseVersionEditions on new { VersionId = c.CourseVersionId, c.Language } equals new { VersionId = e.CourseVersionId, e.Language }
         select (int?)e.Id).SingleOrDefaultAsync(ct);

    public static Task<CourseWords?> CourseWordsAsync(this AppDbContext db, int? editionId, CancellationToken ct) =>
        editionId is null
            ? Task.FromResult<CourseWords?>(null)
            : db.CourseVersionEditions.AsNoTracking().Where(e => e.Id == editionId)
                .Select(e => new CourseWords(e.Language, e.AwaitingReview, e.Title, e.Summary, e.OverviewHtml, e.CertificateTitle, e.CertificateStatement))
                .SingleOrDefaultAsync(ct);

    // By the reference module's row id. The instructors' rendering is read only when asked for.
    public static async Task<Dictionary<int, ModuleWords>> ModuleWordsAsync(this AppDbContext db, int? editionId, bool instructors,
        CancellationToken ct) => editionId is null
        ? []
        : await db.EditionModules.AsNoTracking().Where(m => m.CourseVersionEditionId == editionId)
            .Select(m => new { m.CourseModuleId, Words = new ModuleWords(m.Title, m.Html, instructors ? m.InstructorHtml : null) })
            .ToDictionaryAsync(m => m.CourseModuleId, m => m.Words, ct);

    // By the reference objective's row id.
    public static async Task<Dictionary<int, string>> ObjectiveWordsAsync(this AppDbContext db, int? editionId, CancellationToken ct) =>
        editionId is null
            ? []
            : await db.EditionObjectives.AsNoTracking().Where(o => o.CourseVersionEditionId == editionId)
                .ToDictionaryAsync(o => o.ModuleObjectiveId, o => o.Text, ct);

    public static async Task<Dictionary<int, QuestionWords>> QuestionWordsAsync(this AppDbContext db, int? editionId, CancellationToken ct) =>
        editionId is null
            ? []
            : await db.EditionQuestions.AsNoTracking().Where(q => q.CourseVersionEditionId == editionId)
                .ToDictionaryAsync(q => q.CourseQuestionId, q => new QuestionWords(q.PromptHtml, q.FeedbackHtml), ct);

    public static async Task<Dictionary<int, OptionWords>> OptionWordsAsync(this AppDbContext db, int? editionId, CancellationToken ct) =>
        editionId is null
            ? []
            : await db.EditionQuestionOptions.AsNoTracking().Where(o => o.CourseVersionEditionId == editionId)
                .ToDictionaryAsync(o => o.CourseQuestionOptionId, o => new OptionWords(o.Html, o.Text, o.FeedbackHtml, o.Match), ct);
}
