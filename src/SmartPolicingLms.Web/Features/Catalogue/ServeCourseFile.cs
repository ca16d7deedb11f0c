using Microsoft.AspNetCore.StaticFiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Catalogue;

// Serves what rendered course HTML links to: a stored image of the version, or, for a link to another module's
// Markdown file, a redirect to that module's page.
internal static class ServeCourseFile
{
    static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static RouteHandlerBuilder MapCourseFiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet($"/{CourseFileLinks.RoutePrefix}/{{courseId}}/{{contentHash}}/{{**path}}", HandleAsync)
            .RequireAuthorization();

    static async Task<IResult> HandleAsync(string courseId, string contentHash, string path, AppDbContext db,
        HttpResponse response, CancellationToken ct)
    {
        // A reverted course can repeat an earlier version's hash; the content, and so the answer, is the same.
        var version = await db.CourseVersions.AsNoTracking()
            .Where(v => v.CourseId == courseId && v.ContentHash == contentHash)
            .OrderBy(v => v.Number)
            .Select(v => new { v.Id, v.Number })
            .FirstOrDefaultAsync(ct);
        if (version is null)
            return Results.NotFound();

        if (CourseFileKinds.IsImage(path))
        {
            var file = await db.CourseVersionFiles.AsNoTracking()
                .Where(f => f.CourseVersionId == version.Id && f.Path == path)
                .Select(f => new { f.Content, f.Sha256 })
                .SingleOrDefaultAsync(ct);
            if (file is null || !ContentTypes.TryGetContentType(path, out var contentType))
                return Results.NotFound();
            // The URL names the content hash, so the bytes behind it never change.
            response.Headers.CacheControl = "private, max-age=31536000, immutable";
            response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(file.Content, contentType, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""));
        }

        var moduleKey = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == version.Id && m.SourcePath == path)
            .Select(m => m.Key)
            .SingleOrDefaultAsync(ct);
        return moduleKey is null
            ? Results.NotFound()
            : Results.LocalRedirect(CatalogueLinks.Module(courseId, version.Number, moduleKey, absolute: true));
    }
}
