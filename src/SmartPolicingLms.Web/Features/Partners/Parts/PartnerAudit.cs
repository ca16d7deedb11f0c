
namespace SmartPolicingLms.Web.Features.Partners;

// What the audit log keeps about partners. Contacts are never copied into it (reading them is logged, and the
// audit view is not that log), and a co-trainer appears only as "a co-trainer": no name, no id.
internal static class PartnerAudit
{
    public const string SubjectPrefix = "Partner organisation ";
    public const string CoTrainerRemoved = "A co-trainer was removed at their request";

    // The audit subject column holds 200 characters; a long organisation name is cut rather than refused.
    public static string Subject(string organisationName)
    {
        var subject = SubjectPrefix + organisationName;
        return subject.Length > 200 ? subject[..200] : subject;
    }

    internal sealed record OrganisationState(string Name, string Community, bool CommunityLed, bool ContactOnRecord);

    internal sealed record CoTrainerState(bool NamedToRecruits, bool ContactOnRecord);

    public static OrganisationState Snapshot(PartnerOrganisation o) =>
        new(o.Name, PartnerText.Community(o.Community), o.IsCommunityLed, o.Contact is not null);

    public static CoTrainerState Snapshot(CoTrainer c) => new(c.ConsentToBeNamed, c.ContactDetails is not null);
}
