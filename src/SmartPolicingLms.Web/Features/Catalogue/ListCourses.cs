using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Catalogue;

internal sealed class ListCourses(AppDbContext db)
{
    internal sealed record Row(
        string CourseId, string Title, int LatestVersion, string VersionLabel, string Summary,
        string Language, string OriginInstitution, string OriginCountry, Audience Audience, decimal DeclaredHours);

    public Task<List<Row>> HandleAsync(CancellationToken ct) =>
        (from version in db.CourseVersions.AsNoTracking()
         join course in db.Courses on version.CourseId equals course.Id
         where version.Number == course.LatestVersionNumber
         orderby version.Title
         select new Row(course.Id, version.Title, version.Number, version.VersionLabel, version.Summary,
             version.Language, version.OriginInstitution, version.OriginCountry, version.Audience, version.DeclaredHours))
        .ToListAsync(ct);
}
