using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Home;

// An administrator's home: how many open accounts each role has, and the institutions with their people and cohorts.
internal sealed class ShowAdministratorHome(AppDbContext db, CurrentPerson person)
{
    internal sealed record Model(IReadOnlyList<RoleCount> Accounts, IReadOnlyList<InstitutionLine> Institutions);

    internal sealed record RoleCount(string Role, int Count);

    internal sealed record InstitutionLine(int Id, string Name, string CountryCode, int Accounts, int Cohorts);

    // Read once per request: the home page reads every section before any renders, and the section
    // then takes the same answer, so no two queries share the request's DbContext at once.
    Task<Model?>? answer;

    public Task<Model?> HandleAsync(CancellationToken ct) => answer ??= ReadAsync(ct);

    async Task<Model?> ReadAsync(CancellationToken ct)
    {
        if (!person.IsAdministrator)
            return null;
        var counts = await (
            from u in db.Users.Open(db)
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            group u by r.Name into byRole
            select new { Role = byRole.Key, Count = byRole.Count() }).ToListAsync(ct);
        var institutions = await db.Institutions.AsNoTracking().OrderBy(i => i.Name)
            .Select(i => new InstitutionLine(i.Id, i.Name, i.CountryCode,
                db.Users.Count(u => u.InstitutionId == i.Id && !db.UserClaims.Any(c => c.UserId == u.Id && c.ClaimType == ClosedAccounts.ClaimType)),
                db.Cohorts.Count(c => c.InstitutionId == i.Id)))
            .ToListAsync(ct);
        return new Model([.. Roles.All.Select(role => new RoleCount(role, counts.SingleOrDefault(c => c.Role == role)?.Count ?? 0))], institutions);
    }
}
