using System.Collections.Concurrent;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula;

namespace SmartPolicingLms.Web.Features.Cohorts;

// The minutes of breaks in each module's session plan: a module's hours count teaching only, and a session that
// follows the plan also holds its breaks. The plan is read again from the module's stored file (the version keeps
// every file), once per version's content, which never changes.
internal sealed class PlanBreaks(AppDbContext db)
{
    // Content hash → module key → break minutes; the same for every installation that imported the same content.
    static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> Known = new(StringComparer.Ordinal);

    // Module id → break minutes, for the modules of one course version.
    public async Task<IReadOnlyDictionary<int, int>> OfVersionAsync(int courseVersionId, CancellationToken ct)
    {
        var modules = await db.CourseModules.AsNoTracking().Where(m => m.CourseVersionId == courseVersionId)
            .Select(m => new { m.Id, m.Key, m.SourcePath }).ToListAsync(ct);
        var hash = await db.CourseVersions.Where(v => v.Id == courseVersionId).Select(v => v.ContentHash).SingleAsync(ct);
        if (!Known.TryGetValue(hash, out var byKey))
        {
            var paths = modules.Select(m => m.SourcePath).ToList();
            var files = await db.CourseVersionFiles.AsNoTracking()
                .Where(f => f.CourseVersionId == courseVersionId && paths.Contains(f.Path))
                .ToDictionaryAsync(f => f.Path, f => f.Content, ct);
            byKey = Known.GetOrAdd(hash, modules.ToDictionary(m => m.Key,
                m => files.TryGetValue(m.SourcePath, out var content)
                    ? SessionPlans.Read(m.SourcePath, Encoding.UTF8.GetString(content))?.BreakMinutes ?? 0
                    : 0));
        }
        return modules.ToDictionary(m => m.Id, m => byKey.GetValueOrDefault(m.Key));
    }
}
