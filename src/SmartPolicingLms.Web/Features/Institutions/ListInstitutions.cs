using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Institutions;

internal sealed class ListInstitutions(AppDbContext db)
{
    internal sealed record Row(int Id, string Name, string CountryCode, string TimeZoneId, int Members);

    public Task<List<Row>> HandleAsync(CancellationToken ct) =>
        db.Institutions.AsNoTracking()
            .OrderBy(i => i.Name)
            .Select(i => new Row(i.Id, i.Name, i.CountryCode, i.TimeZoneId,
                db.Users.Count(u => u.InstitutionId == i.Id)))
            .ToListAsync(ct);
}
