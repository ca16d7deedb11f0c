using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Partners;

// The one place a contact is shown. Every showing is recorded (who, when, which) before the contact is returned,
// so there is no way to read a contact without leaving a trace; a page that finds none on record shows nothing.
internal sealed class ShowContact(AppDbContext db, TimeProvider clock)
{
    internal sealed record Contact(int OrganisationId, string OrganisationName, string? CoTrainerName, string? Text,
        IReadOnlyList<(string Viewer, DateTime At)> EarlierViews);

    const int EarlierViewsShown = 10;

    public async Task<Contact?> OrganisationAsync(int organisationId, string viewerUserId, CancellationToken ct)
    {
        var organisation = await db.PartnerOrganisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .Select(o => new { o.Name, o.Contact })
            .SingleOrDefaultAsync(ct);
        if (organisation is null)
            return null;
        var earlier = await EarlierViewsAsync(db.ContactViews.Where(v => v.PartnerOrganisationId == organisationId), ct);
        if (organisation.Contact is not null)
            await RecordAsync(new ContactView { ViewerUserId = viewerUserId, PartnerOrganisationId = organisationId, ViewedAt = Now() }, ct);
        return new Contact(organisationId, organisation.Name, null, organisation.Contact, earlier);
    }

    public async Task<Contact?> CoTrainerAsync(int organisationId, int coTrainerId, string viewerUserId, CancellationToken ct)
    {
        var coTrainer = await db.CoTrainers.AsNoTracking()
            .Where(c => c.Id == coTrainerId && c.PartnerOrganisationId == organisationId)
            .Join(db.PartnerOrganisations, c => c.PartnerOrganisationId, o => o.Id,
                (c, o) => new { c.ChosenName, c.ContactDetails, Organisation = o.Name })
            .SingleOrDefaultAsync(ct);
        if (coTrainer is null)
            return null;
        var earlier = await EarlierViewsAsync(db.ContactViews.Where(v => v.CoTrainerId == coTrainerId), ct);
        if (coTrainer.ContactDetails is not null)
            await RecordAsync(new ContactView { ViewerUserId = viewerUserId, CoTrainerId = coTrainerId, ViewedAt = Now() }, ct);
        return new Contact(organisationId, coTrainer.Organisation, coTrainer.ChosenName, coTrainer.ContactDetails, earlier);
    }

    async Task<List<(string Viewer, DateTime At)>> EarlierViewsAsync(IQueryable<ContactView> views, CancellationToken ct) =>
        [.. (await views.Join(db.Users, v => v.ViewerUserId, u => u.Id, (v, u) => new { u.DisplayName, v.ViewedAt })
                .OrderByDescending(v => v.ViewedAt)
                .Take(EarlierViewsShown)
                .ToListAsync(ct))
            .Select(v => (v.DisplayName, v.ViewedAt))];

    async Task RecordAsync(ContactView view, CancellationToken ct)
    {
        db.ContactViews.Add(view);
        await db.SaveChangesAsync(ct);
    }

    DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
