using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.CourseImport;

internal sealed class ShowImportReport(AppDbContext db)
{
    // The latest run says what the catalogue holds now; earlier runs are kept for the record only.
    public Task<ImportRun?> HandleAsync(CancellationToken ct) =>
        db.ImportRuns.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Include(r => r.Folders.OrderBy(f => f.Folder))
            .ThenInclude(f => f.Diagnostics.OrderBy(d => d.File).ThenBy(d => d.Line))
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
}
