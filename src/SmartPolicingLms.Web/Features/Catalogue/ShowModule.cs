using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Catalogue;

internal sealed class ShowModule(AppDbContext db, CurrentPerson person)
{
    internal sealed record Model(
        string CourseId, int VersionNumber, string CourseTitle, string Key, int Number, string Title, decimal Hours,
        Delivery Delivery, string Html, IReadOnlyList<string> Objectives, IReadOnlyList<ShowVersion.SlotRow> Slots,
        Neighbour? Previous, Neighbour? Next)
    {
        // The edition shown, when it is not the reference; Language is the words' language either way.
        public EditionChoice? Shown { get; init; }
        public string Language { get; init; } = "";
    }

    internal sealed record Neighbour(string Key, string Title);

    // Null when the version, the module or the edition asked for does not exist.
    public async Task<Model?> HandleAsync(string courseId, int versionNumber, string moduleKey, string? edition, CancellationToken ct)
    {
        var version = await db.CourseVersions.AsNoTracking()
            .Where(v => v.CourseId == courseId && v.Number == versionNumber)
            .Select(v => new { v.Id, v.Title, v.Language })
            .SingleOrDefaultAsync(ct);
        if (version is null)
            return null;
        var shown = edition == version.Language ? null : edition;
        var editionId = await db.EditionIdAsync(version.Id, shown, ct);
        if (shown is not null && editionId is null)
            return null;
        var forInstructors = person.SeesInstructorContent;
        var module = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == version.Id && m.Key == moduleKey)
            .Select(m => new
            {
                m.Id, m.Key, m.Number, m.Title, m.Hours, m.Delivery,
                // The instructors' rendering never leaves the database for anyone else.
                Html = forInstructors ? m.InstructorHtml ?? m.Html : m.Html,
                Objectives = m.Objectives.OrderBy(o => o.Position).Select(o => new { o.Id, o.Text }).ToList(),
                Slots = m.Slots.OrderBy(s => s.Position).Select(s => new ShowVersion.SlotRow(s.Community, s.Role)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
        if (module is null)
            return null;
        var neighbours = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == version.Id && (m.Number == module.Number - 1 || m.Number == module.Number + 1))
            .Select(m => new { m.Id, m.Number, m.Key, m.Title })
            .ToListAsync(ct);
        var course = await db.CourseWordsAsync(editionId, ct);
        var modules = await db.ModuleWordsAsync(editionId, forInstructors, ct);
        var objectives = await db.ObjectiveWordsAsync(editionId, ct);
        var words = modules.GetValueOrDefault(module.Id);
        Neighbour? Beside(bool before) => neighbours.Where(n => before ? n.Number < module.Number : n.Number > module.Number)
            .Select(n => new Neighbour(n.Key, modules.GetValueOrDefault(n.Id)?.Title ?? n.Title)).SingleOrDefault();

        return new Model(courseId, versionNumber, course?.Title ?? version.Title, module.Key, module.Number, words?.Title ?? module.Title,
            module.Hours, module.Delivery, words?.HtmlFor(forInstructors) ?? module.Html,
            [.. module.Objectives.Select(o => objectives.GetValueOrDefault(o.Id) ?? o.Text)], module.Slots, Beside(before: true), Beside(before: false))
        {
            Shown = course is null ? null : new EditionChoice(course.Language, course.AwaitingReview),
            Language = course?.Language ?? version.Language,
        };
    }
}
