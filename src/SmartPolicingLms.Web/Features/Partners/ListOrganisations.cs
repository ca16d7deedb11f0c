using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Partners;

// The list shows no contacts: those are read one at a time on their own page, and each reading is logged.
internal sealed class ListOrganisations(AppDbContext db)
{
    internal sealed record Row(int Id, string Name, PartnerCommunity Community, bool IsCommunityLed, int CoTrainers);

    public Task<List<Row>> HandleAsync(CancellationToken ct) =>
        db.PartnerOrganisations.AsNoTracking()
            .OrderBy(o => o.Name)
            .Select(o => new Row(o.Id, o.Name, o.Community, o.IsCommunityLed,
                db.CoTrainers.Count(c => c.PartnerOrganisationId == o.Id)))
            .ToListAsync(ct);
}
