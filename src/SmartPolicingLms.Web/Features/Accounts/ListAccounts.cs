using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Accounts;

internal sealed class ListAccounts(AppDbContext db, TimeProvider clock)
{
    internal sealed record Row(
        string Id, string Email, string DisplayName, IReadOnlyList<string> Roles,
        IReadOnlyList<string> Institutions, bool LockedOut, bool MustSetPassword, bool Closed)
    {
        public bool Deactivated { get; init; }
        // What the edit form starts from, and the row's version it carries back (two administrators at once).
        public int? InstitutionId { get; init; }
        public IReadOnlyList<int> FollowedInstitutionIds { get; init; } = [];
        public string Stamp { get; init; } = "";
    }

    public async Task<Row?> OneAsync(string userId, CancellationToken ct) =>
        (await HandleAsync(userId, ct)).SingleOrDefault();

    public async Task<List<Row>> HandleAsync(string? onlyUserId, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking()
            .Where(u => onlyUserId == null || u.Id == onlyUserId)
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.InstitutionId, u.LockoutEnd, u.MustSetPassword, u.ConcurrencyStamp,
                Closed = db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == ClosedAccounts.ClaimType),
                Deactivated = db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == DeactivatedAccounts.ClaimType) })
            .ToListAsync(ct);
        var roles = (await (from userRole in db.UserRoles
                            join role in db.Roles on userRole.RoleId equals role.Id
                            where onlyUserId == null || userRole.UserId == onlyUserId
                            select new { userRole.UserId, role.Name }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name!);
        var institutionNames = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var assignments = (await db.ProgramOfficerInstitutions.AsNoTracking()
                .Where(a => onlyUserId == null || a.UserId == onlyUserId).ToListAsync(ct))
            .ToLookup(a => a.UserId, a => a.InstitutionId);
        // Compared here rather than in SQL: SQLite cannot compare DateTimeOffset.
        var now = clock.GetUtcNow();

        return [.. users.Select(u => new Row(
            u.Id, u.Email ?? "", u.DisplayName,
            [.. roles[u.Id].Order()],
            u.InstitutionId is { } id ? [institutionNames[id]] : [.. assignments[u.Id].Select(i => institutionNames[i]).Order()],
            u.LockoutEnd > now && !u.Closed,
            u.MustSetPassword,
            u.Closed)
        {
            Deactivated = u.Deactivated && !u.Closed,
            InstitutionId = u.InstitutionId,
            FollowedInstitutionIds = [.. assignments[u.Id]],
            Stamp = u.ConcurrencyStamp ?? "",
        })];
    }
}
