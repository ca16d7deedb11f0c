using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Catalogue;

internal sealed class ShowVersion(AppDbContext db, CurrentPerson person, PendingLegalClaims pending)
{
    internal sealed record Model(
        string CourseId, int Number, string Title, string VersionLabel, string Language, Audience Audience,
        string OriginInstitution, string OriginCountry, string OverviewHtml, decimal DeclaredHours, int HourMinutes,
        int PassMarkPercent, int AttendanceRequiredPercent, int PostTestAttempts, DateTime ImportedAt, string ContentHash,
        bool IsLatest, IReadOnlyList<ModuleRow> Modules, IReadOnlyList<QuestionCount> QuestionCounts,
        IReadOnlyList<PendingLegalClaim> PendingClaims)
    {
        // The version's other editions, for those who choose one for a cohort (instructors, administrators); empty for others.
        public IReadOnlyList<EditionChoice> Editions { get; init; } = [];
        // The edition shown, when it is not the reference.
        public EditionChoice? Shown { get; init; }
    }

    internal sealed record ModuleRow(
        string Key, int Number, string Title, decimal Hours, Delivery Delivery, int Objectives, int Questions,
        IReadOnlyList<SlotRow> Slots);
    internal sealed record SlotRow(Community Community, SlotRole Role)
    {
        public string Text => $"{CatalogueText.Of(Role)}: {CatalogueText.Of(Community)}";
    }
    internal sealed record QuestionCount(QuestionKind Kind, int Count);

    // Null when the version, or the edition asked for, does not exist.
    public async Task<Model?> HandleAsync(string courseId, int number, string? edition, CancellationToken ct)
    {
        var version = await db.CourseVersions.AsNoTracking()
            .Where(v => v.CourseId == courseId && v.Number == number)
            .Select(v => new
            {
                v.Id, v.Title, v.VersionLabel, v.Language, v.Audience, v.OriginInstitution, v.OriginCountry, v.OverviewHtml,
                v.DeclaredHours, v.HourMinutes, v.PassMarkPercent, v.AttendanceRequiredPercent, v.PostTestAttempts,
                v.ImportedAt, v.ContentHash,
                IsLatest = db.Courses.Any(c => c.Id == courseId && c.LatestVersionNumber == v.Number),
            })
            .SingleOrDefaultAsync(ct);
        if (version is null)
            return null;
        var shown = edition == version.Language ? null : edition;
        var editionId = await db.EditionIdAsync(version.Id, shown, ct);
        if (shown is not null && editionId is null)
            return null;
        var words = await db.CourseWordsAsync(editionId, ct);
        var moduleWords = await db.ModuleWordsAsync(editionId, instructors: false, ct);

        var modules = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == version.Id)
            .OrderBy(m => m.Number)
            .Select(m => new { m.Id, Row = new ModuleRow(m.Key, m.Number, m.Title, m.Hours, m.Delivery, m.Objectives.Count,
                // A question belongs to a module through the objective it measures.
                db.CourseQuestions.Count(q => q.CourseVersionId == version.Id && m.Objectives.Any(o => o.Key == q.ObjectiveKey)),
                m.Slots.OrderBy(s => s.Position).Select(s => new SlotRow(s.Community, s.Role)).ToList()) })
            .ToListAsync(ct);
        var editions = person.SeesInstructorContent
            ? await db.CourseVersionEditions.AsNoTracking().Where(e => e.CourseVersionId == version.Id).OrderBy(e => e.Language)
                .Select(e => new EditionChoice(e.Language, e.AwaitingReview)).ToListAsync(ct)
            : [];
        var counts = await db.CourseQuestions.AsNoTracking()
            .Where(q => q.CourseVersionId == version.Id)
            .GroupBy(q => q.Kind)
            .Select(g => new QuestionCount(g.Key, g.Count()))
            .ToListAsync(ct);

        return new Model(courseId, number, words?.Title ?? version.Title, version.VersionLabel, version.Language, version.Audience,
            version.OriginInstitution, version.OriginCountry, words?.OverviewHtml ?? version.OverviewHtml, version.DeclaredHours, version.HourMinutes,
            version.PassMarkPercent, version.AttendanceRequiredPercent, version.PostTestAttempts, version.ImportedAt,
            version.ContentHash, version.IsLatest,
            [.. modules.Select(m => moduleWords.GetValueOrDefault(m.Id) is { } w ? m.Row with { Title = w.Title } : m.Row)],
            [.. counts.OrderBy(c => c.Kind)],
            person.SeesInstructorContent ? await pending.ForVersionAsync(version.Id, ct) : [])
        {
            Editions = editions,
            Shown = words is null ? null : new EditionChoice(words.Language, words.AwaitingReview),
        };
    }
}
