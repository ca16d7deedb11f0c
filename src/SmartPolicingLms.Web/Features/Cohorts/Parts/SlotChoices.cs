using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Cohorts;

// What an instructor may choose for a cohort's slots: the partner organisations working in the country of the cohort's
// institution, each with the co-trainers who agreed to be named (contacts never come here). A slot is offered those
// of them that serve its community.
internal sealed class SlotChoices(AppDbContext db)
{
    internal sealed record Choices(IReadOnlyList<PartnerOrganisation> Organisations, ILookup<int, ShowSlot.CoTrainerOption> CoTrainers)
    {
        public IReadOnlyList<ShowSlot.Organisation> For(Community community) =>
            [.. Organisations.Where(o => o.Serves(community))
                .Select(o => new ShowSlot.Organisation(o.Id, o.Name, o.IsCommunityLed, [.. CoTrainers[o.Id]]))];

        // The slot's co-trainer when one of these organisations named them and they agreed to be named.
        public ShowSlot.CoTrainerOption? Named(int? coTrainerId) =>
            CoTrainers.SelectMany(c => c).SingleOrDefault(c => c.Id == coTrainerId);
    }

    public async Task<Choices> ForCohortAsync(int cohortId, CancellationToken ct)
    {
        var country = await db.Cohorts.Where(c => c.Id == cohortId)
            .Join(db.Institutions, c => c.InstitutionId, i => i.Id, (c, i) => i.CountryCode).SingleAsync(ct);
        var organisations = await db.PartnerOrganisations.AsNoTracking().WorkingIn(country).OrderBy(o => o.Name).ToListAsync(ct);
        var ids = organisations.Select(o => o.Id).ToList();
        var coTrainers = await db.CoTrainers.AsNoTracking().NamedOnly()
            .Where(c => ids.Contains(c.PartnerOrganisationId))
            .OrderBy(c => c.ChosenName).Select(c => new { c.Id, c.PartnerOrganisationId, c.ChosenName }).ToListAsync(ct);
        return new(organisations, coTrainers.ToLookup(c => c.PartnerOrganisationId, c => new ShowSlot.CoTrainerOption(c.Id, c.ChosenName)));
    }
}
