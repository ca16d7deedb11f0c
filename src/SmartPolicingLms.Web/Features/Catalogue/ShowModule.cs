using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Catalogue;

internal sealed class ShowModule(AppDbContext db, CurrentPerson person)
{
    internal sealed record Model(
        string CourseId, int VersionNumber, string CourseTitle, string Key, int Number, string Title, decimal Hours,
        Delivery Delivery, string Html, IReadOnlyList<string> Objectives, IReadOnlyList<ShowVersion.SlotRow> Slots,
        Neighbour? Previous, Neighbour? Next);

    internal sealed record Neighbour(string Key, string Title);

    public async Task<Model?> HandleAsync(string courseId, int versionNumber, string moduleKey, CancellationToken ct)
    {
        var version = await db.CourseVersions.AsNoTracking()
            .Where(v => v.CourseId == courseId && v.Number == versionNumber)
            .Select(v => new { v.Id, v.Title })
            .SingleOrDefaultAsync(ct);
        if (version is null)
            return null;
        var forInstructors = person.SeesInstructorContent;
        var module = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == version.Id && m.Key == moduleKey)
            .Select(m => new
            {
                m.Key, m.Number, m.Title, m.Hours, m.Delivery,
                // The instructors' rendering never leaves the database for anyone else.
                Html = forInstructors ? m.InstructorHtml ?? m.Html : m.Html,
                Objectives = m.Objectives.OrderBy(o => o.Position).Select(o => o.Text).ToList(),
                Slots = m.Slots.OrderBy(s => s.Position).Select(s => new ShowVersion.SlotRow(s.Community, s.Role)).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
        if (module is null)
            return null;
        var neighbours = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == version.Id && (m.Number == module.Number - 1 || m.Number == module.Number + 1))
            .Select(m => new { m.Number, m.Key, m.Title })
            .ToListAsync(ct);

        return new Model(courseId, versionNumber, version.Title, module.Key, module.Number, module.Title, module.Hours,
            module.Delivery, module.Html, module.Objectives, module.Slots,
            neighbours.Where(n => n.Number < module.Number).Select(n => new Neighbour(n.Key, n.Title)).SingleOrDefault(),
            neighbours.Where(n => n.Number > module.Number).Select(n => new Neighbour(n.Key, n.Title)).SingleOrDefault());
    }
}
