namespace SmartPolicingLms.Web.Features.Accounts;

// The words of the administrators' account pages: the key of AccountsStrings.resx and its .ru/.ky siblings.
internal sealed class AccountsStrings;
