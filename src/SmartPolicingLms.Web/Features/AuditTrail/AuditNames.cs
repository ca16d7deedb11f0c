using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.AuditTrail;

// Entries store ids (of accounts, modules, course versions) so they stay true when names change; the person asking
// shows today's names for them. Co-trainers are never looked up: entries do not hold their ids to begin with.
internal sealed partial record AuditNames(
    IReadOnlyDictionary<string, string> Users, IReadOnlyDictionary<int, string> Modules, IReadOnlyDictionary<int, string> Versions)
{
    public static readonly AuditNames None = new(new Dictionary<string, string>(), new Dictionary<int, string>(), new Dictionary<int, string>());

    public static async Task<AuditNames> ForAsync(AppDbContext db, IEnumerable<string?> documents, CancellationToken ct)
    {
        var text = string.Join('\n', documents.Where(d => d is not null));
        var userIds = UserId().Matches(text).Select(m => m.Value).Distinct().ToList();
        var moduleIds = Ids(ModuleId(), text);
        var versionIds = Ids(VersionId(), text);

        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var modules = await db.CourseModules.AsNoTracking().Where(m => moduleIds.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => $"{m.Number}. {m.Title}", ct);
        var versions = await db.CourseVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, v => $"{v.Title} ({v.VersionLabel})", ct);
        return new AuditNames(users, modules, versions);
    }

    static List<int> Ids(Regex pattern, string text) =>
        [.. pattern.Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct()];

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex UserId();

    [GeneratedRegex("\"CourseModuleId\":(\\d{1,9})")]
    private static partial Regex ModuleId();

    [GeneratedRegex("\"CourseVersionId\":(\\d{1,9})")]
    private static partial Regex VersionId();
}
