using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Partners;

// An organisation and its co-trainers as program officers and administrators manage them. Whether a contact is
// on record shows here; the contact itself only on its own page, which logs the viewing.
internal sealed class ShowOrganisation(AppDbContext db)
{
    internal sealed record Details(int Id, string Name, string? CountryCode, PartnerCommunity Community, bool IsCommunityLed, bool HasContact,
        int SlotsFilled, IReadOnlyList<CoTrainerRow> CoTrainers);

    internal sealed record CoTrainerRow(int Id, string ChosenName, bool ConsentToBeNamed, bool HasContact, int SlotsNamed);

    public async Task<Details?> HandleAsync(int id, CancellationToken ct)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking()
            .Where(o => o.Id == id)
            .Select(o => new { o.Id, o.Name, o.CountryCode, o.Community, o.IsCommunityLed, HasContact = o.Contact != null })
            .SingleOrDefaultAsync(ct);
        if (organisation is null)
            return null;
        var coTrainers = await db.CoTrainers.AsNoTracking()
            .Where(c => c.PartnerOrganisationId == id)
            .OrderBy(c => c.ChosenName)
            .Select(c => new CoTrainerRow(c.Id, c.ChosenName, c.ConsentToBeNamed, c.ContactDetails != null,
                db.SessionSlots.Count(s => s.CoTrainerId == c.Id)))
            .ToListAsync(ct);
        var slotsFilled = await db.SessionSlots.CountAsync(s => s.PartnerOrganisationId == id, ct);
        return new Details(organisation.Id, organisation.Name, organisation.CountryCode, organisation.Community, organisation.IsCommunityLed,
            organisation.HasContact, slotsFilled, coTrainers);
    }
}
