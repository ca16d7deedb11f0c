namespace SmartPolicingLms.Web.Security;

// The words of the access kernel (roles, refusals, sign-in limits): the key of SecurityStrings.resx and its .ru/.ky
// siblings.
internal sealed class SecurityStrings;
