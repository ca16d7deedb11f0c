using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Catalogue;

internal sealed class ShowCourse(AppDbContext db, CurrentPerson person)
{
    internal sealed record Model(string CourseId, string Title, IReadOnlyList<VersionRow> Versions);
    internal sealed record VersionRow(
        int Number, string Label, string ContentHash, DateTime ImportedAt, int Modules, int Questions, decimal DeclaredHours,
        bool NeedsLegalReview);

    public async Task<Model?> HandleAsync(string courseId, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking()
            .Where(c => c.Id == courseId)
            .Select(c => new { c.Id, c.Title })
            .SingleOrDefaultAsync(ct);
        if (course is null)
            return null;
        var forInstructors = person.SeesInstructorContent;
        var versions = await db.CourseVersions.AsNoTracking()
            .Where(v => v.CourseId == courseId)
            .OrderByDescending(v => v.Number)
            .Select(v => new VersionRow(v.Number, v.VersionLabel, v.ContentHash, v.ImportedAt,
                v.Modules.Count, v.Questions.Count, v.DeclaredHours,
                forInstructors && v.Modules.Any(m => m.LegalClaims.Any(c => c.ReviewedBy == null))))
            .ToListAsync(ct);
        return new Model(course.Id, course.Title, versions);
    }
}
