using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Partners;

namespace SmartPolicingLms.Web.Features.Demo;

// The partner organisations of the source report, created through the same use cases a program officer uses
// (so the audit log shows them), and two co-trainers: one who agreed to be named to recruits, one who did not.
internal sealed class DemoPartners(
    AppDbContext db,
    CurrentPerson person,
    CreateOrganisation.Handler createOrganisation,
    CreateCoTrainer.Handler createCoTrainer)
{
    static readonly CreateOrganisation.Command[] Organisations =
    [
        new() { Name = "Tais Plus", CountryCode = "KG", Community = PartnerCommunity.SexWorkers, IsCommunityLed = true, Contact = "Office in Bishkek (demo contact)" },
        new() { Name = "Sotsium", CountryCode = "KG", Community = PartnerCommunity.PeopleWhoUseDrugs, IsCommunityLed = true, Contact = "Office in Bishkek (demo contact)" },
        new() { Name = "WAPCAS", CountryCode = "GH", Community = PartnerCommunity.SexWorkers, IsCommunityLed = false, Contact = "Office in Accra (demo contact)" },
        new() { Name = "KASH", CountryCode = "KE", Community = PartnerCommunity.SexWorkers, IsCommunityLed = false, Contact = "Office in Kisumu (demo contact)" },
        new() { Name = "Swagati community advocacy group", CountryCode = "IN", Community = PartnerCommunity.SexWorkers, IsCommunityLed = true, Contact = "District office (demo contact)" },
        new() { Name = "SCIR", CountryCode = "IN", Community = PartnerCommunity.PeopleWhoUseDrugs, IsCommunityLed = false, Contact = "Office in Kolkata (demo contact)" },
        new() { Name = "Asian Harm Reduction Network", CountryCode = "MM", Community = PartnerCommunity.PeopleWhoUseDrugs, IsCommunityLed = false, Contact = "Drop-in centre in Lashio (demo contact)" },
    ];

    // Chosen names only, as the real form asks. Invented for the demo.
    static readonly (string Organisation, string ChosenName, bool Consent, string? Contact)[] CoTrainers =
    [
        ("Tais Plus", "Aida", true, null),
        ("WAPCAS", "Esi", false, "Through the WAPCAS office (demo contact)"),
    ];

    public async Task<string> SeedAsync(string programOfficerId, CancellationToken ct)
    {
        // The organisations and co-trainers are created as the demo program officer would create them.
        person.Become(programOfficerId, [Roles.ProgramOfficer], null, []);
        var organisations = 0;
        foreach (var organisation in Organisations)
        {
            if (await db.PartnerOrganisations.AnyAsync(o => o.Name == organisation.Name, ct))
                continue;
            Check(await createOrganisation.HandleAsync(organisation, ct));
            organisations++;
        }
        var coTrainers = 0;
        foreach (var (organisationName, chosenName, consent, contact) in CoTrainers)
        {
            var organisationId = await db.PartnerOrganisations.Where(o => o.Name == organisationName).Select(o => o.Id).SingleAsync(ct);
            if (await db.CoTrainers.AnyAsync(c => c.PartnerOrganisationId == organisationId && c.ChosenName == chosenName, ct))
                continue;
            var command = new CreateCoTrainer.Command
            {
                OrganisationId = organisationId, ChosenName = chosenName, ConsentToBeNamed = consent, ContactDetails = contact,
            };
            Check(await createCoTrainer.HandleAsync(command, ct));
            coTrainers++;
        }
        // Counts only: a co-trainer's name never goes to the log.
        return $"{organisations} partner organisation(s) and {coTrainers} co-trainer(s) created";
    }

    static void Check<T>(Forms.Outcome<T> outcome)
    {
        if (!outcome.Succeeded)
            throw new InvalidOperationException("Demo partner data could not be created: "
                + string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
    }
}
