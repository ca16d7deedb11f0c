using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// Which community an organisation works with. It describes the organisation, never a person:
// community status lives on organisations and slots only (shared/design.md).
internal enum PartnerCommunity
{
    SexWorkers,
    PeopleWhoUseDrugs,
    Both,
}

// An organisation that fills co-trainer slots: community-led (Tais Plus, Sotsium) or one working with
// the community that engages its members as trainers (WAPCAS, KASH). Managed across institutions.
internal sealed class PartnerOrganisation
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public PartnerCommunity Community { get; private set; }
    public bool IsCommunityLed { get; private set; }
    // ISO 3166-1 alpha-2, upper case: where it works. Only cohorts of institutions in this country are offered it.
    // Null for organisations recorded before countries were asked; they are offered nowhere until someone sets it.
    public string? CountryCode { get; private set; }
    // How to reach the organisation (not a person); shown to program officers and administrators only.
    public string? Contact { get; private set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public static PartnerOrganisation Create(string name, string countryCode, PartnerCommunity community, bool isCommunityLed, string? contact,
        DateTime now) =>
        new()
        {
            Name = name.Trim(), CountryCode = Country(countryCode), Community = community, IsCommunityLed = isCommunityLed, Contact = Blank(contact),
            Version = 1, CreatedAt = now, UpdatedAt = now,
        };

    public void Update(string name, string countryCode, PartnerCommunity community, bool isCommunityLed, string? contact, DateTime now)
    {
        (Name, CountryCode, Community, IsCommunityLed, Contact) = (name.Trim(), Country(countryCode), community, isCommunityLed, Blank(contact));
        Version++;
        UpdatedAt = now;
    }

    // Whether a slot reserved for a community may be filled by this organisation.
    public bool Serves(Curricula.Model.Community slot) => slot switch
    {
        Curricula.Model.Community.SexWorkers => Community is PartnerCommunity.SexWorkers or PartnerCommunity.Both,
        Curricula.Model.Community.PeopleWhoUseDrugs => Community is PartnerCommunity.PeopleWhoUseDrugs or PartnerCommunity.Both,
        _ => true,
    };

    // Whether a cohort of an institution in this country may be offered this organisation.
    public bool WorksIn(string countryCode) => CountryCode is not null && CountryCode == Country(countryCode);

    static string Country(string code) => code.Trim().ToUpperInvariant();

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

internal static class PartnerOrganisationQueries
{
    // The organisations a cohort of an institution in this country may be offered.
    public static IQueryable<PartnerOrganisation> WorkingIn(this IQueryable<PartnerOrganisation> organisations, string countryCode)
    {
        var code = countryCode.Trim().ToUpperInvariant();
        return organisations.Where(o => o.CountryCode == code);
    }
}

// A community member who co-teaches through an organisation. Recorded only by the name they choose to be
// known by; no legal name, ID number, photo or address is ever asked. Removing one deletes the row: their
// past slots then read "delivered by" the organisation and nothing of the person remains.
internal sealed class CoTrainer
{
    public int Id { get; private set; }
    public int PartnerOrganisationId { get; private set; }
    public string ChosenName { get; private set; } = "";
    // Off by default: recruits and instructors see the organisation, and this name only with consent.
    public bool ConsentToBeNamed { get; private set; }
    // Optional; shown to program officers and administrators only, and every view is logged.
    public string? ContactDetails { get; private set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public static CoTrainer Create(int organisationId, string chosenName, bool consentToBeNamed, string? contactDetails, DateTime now) =>
        new()
        {
            PartnerOrganisationId = organisationId, ChosenName = chosenName.Trim(), ConsentToBeNamed = consentToBeNamed,
            ContactDetails = string.IsNullOrWhiteSpace(contactDetails) ? null : contactDetails.Trim(), Version = 1, CreatedAt = now, UpdatedAt = now,
        };

    public void Update(string chosenName, bool consentToBeNamed, string? contactDetails, DateTime now)
    {
        (ChosenName, ConsentToBeNamed) = (chosenName.Trim(), consentToBeNamed);
        ContactDetails = string.IsNullOrWhiteSpace(contactDetails) ? null : contactDetails.Trim();
        Version++;
        UpdatedAt = now;
    }
}

// Every time a program officer or administrator is shown a co-trainer's or an organisation's contact.
// Holds ids only; rows for a removed co-trainer go with them.
internal sealed class ContactView
{
    public long Id { get; init; }
    public required string ViewerUserId { get; init; }
    public int? CoTrainerId { get; init; }
    public int? PartnerOrganisationId { get; init; }
    public required DateTime ViewedAt { get; init; }
}

internal sealed class PartnerOrganisationConfiguration : IEntityTypeConfiguration<PartnerOrganisation>
{
    public void Configure(EntityTypeBuilder<PartnerOrganisation> organisation)
    {
        organisation.Property(o => o.Name).HasMaxLength(200);
        organisation.HasIndex(o => o.Name).IsUnique();
        organisation.Property(o => o.CountryCode).HasMaxLength(2);
        organisation.Property(o => o.Community).HasConversion<string>().HasMaxLength(30);
        organisation.Property(o => o.Contact).HasMaxLength(500);
        organisation.Property(o => o.Version).IsConcurrencyToken();
    }
}

internal static class CoTrainerQueries
{
    // Only co-trainers who agreed to be named may be shown by name to instructors and recruits.
    public static IQueryable<CoTrainer> NamedOnly(this IQueryable<CoTrainer> coTrainers) => coTrainers.Where(c => c.ConsentToBeNamed);
}

internal sealed class CoTrainerConfiguration : IEntityTypeConfiguration<CoTrainer>
{
    public void Configure(EntityTypeBuilder<CoTrainer> coTrainer)
    {
        coTrainer.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(c => c.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        coTrainer.Property(c => c.ChosenName).HasMaxLength(100);
        coTrainer.Property(c => c.ContactDetails).HasMaxLength(500);
        coTrainer.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class ContactViewConfiguration : IEntityTypeConfiguration<ContactView>
{
    public void Configure(EntityTypeBuilder<ContactView> view)
    {
        view.HasOne<ApplicationUser>().WithMany().HasForeignKey(v => v.ViewerUserId).OnDelete(DeleteBehavior.Restrict);
        view.HasOne<CoTrainer>().WithMany().HasForeignKey(v => v.CoTrainerId).OnDelete(DeleteBehavior.Cascade);
        view.HasOne<PartnerOrganisation>().WithMany().HasForeignKey(v => v.PartnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        view.HasIndex(v => v.ViewedAt);
    }
}
