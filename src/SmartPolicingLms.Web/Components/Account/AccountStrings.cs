namespace SmartPolicingLms.Web.Components.Account;

// The words of the sign-in and account pages (Pages/, Pages/Manage/, Shared/): the key of AccountStrings.resx and its
// .ru/.ky siblings.
internal sealed class AccountStrings;
