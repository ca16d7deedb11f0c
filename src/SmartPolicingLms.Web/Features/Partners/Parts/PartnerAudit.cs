
namespace SmartPolicingLms.Web.Features.Partners;

// What the audit log keeps about partners. Contacts are never copied into it (reading them is logged, and the
// audit view is not that log), and a co-trainer appears only as "a co-trainer": no name, no id.
internal static class PartnerAudit
{
    public static AuditTopic Subject(string organisationName) => AuditSubjects.PartnerOrganisation(organisationName);

    internal sealed record OrganisationState(string Name, string? Country, string Community, bool CommunityLed, bool ContactOnRecord);

    internal sealed record CoTrainerState(bool NamedToRecruits, bool ContactOnRecord);

    public static OrganisationState Snapshot(PartnerOrganisation o) =>
        new(o.Name, o.CountryCode, o.Community.ToString(), o.IsCommunityLed, o.Contact is not null);

    public static CoTrainerState Snapshot(CoTrainer c) => new(c.ConsentToBeNamed, c.ContactDetails is not null);
}
