using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// The instructors a cohort at an institution may be led or taught by: its own, no one else's.
internal sealed class InstitutionInstructors(AppDbContext db)
{
    internal sealed record Option(string Id, string Name);

    // Components take public types only.
    public static IReadOnlyList<KeyValuePair<string, string>> Pairs(IEnumerable<Option> options) =>
        [.. options.Select(o => KeyValuePair.Create(o.Id, o.Name))];

    public Task<List<Option>> ListAsync(int institutionId, CancellationToken ct) =>
        Of(institutionId).OrderBy(u => u.DisplayName).Select(u => new Option(u.Id, u.DisplayName)).ToListAsync(ct);

    public async Task<bool> AllBelongAsync(int institutionId, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        var distinct = userIds.Distinct().ToList();
        return await Of(institutionId).CountAsync(u => distinct.Contains(u.Id), ct) == distinct.Count;
    }

    public Task<Dictionary<string, string>> NamesAsync(IReadOnlyCollection<string> userIds, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

    // A deactivated instructor is offered for nothing new; the cohorts they taught keep their name.
    IQueryable<ApplicationUser> Of(int institutionId) =>
        db.Users.AsNoTracking().Open(db).Where(u => u.InstitutionId == institutionId
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Instructor)));
}
