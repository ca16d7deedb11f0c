namespace SmartPolicingLms.Web.Components.Account;

// What the account pages offer a person. Staff sign in with an email and may keep a phone number, a second factor and
// passkeys (Policies.Staff guards those pages); a recruit has no email and signs in with their service number and a
// password (or a one-time code), so those are neither offered nor open to them.
internal static class AccountOffers
{
    public static bool SecondFactors(CurrentPerson person) => person.IsAdministrator || person.IsProgramOfficer || person.IsInstructor;

    public static bool PhoneNumber(CurrentPerson person) => SecondFactors(person);
}
