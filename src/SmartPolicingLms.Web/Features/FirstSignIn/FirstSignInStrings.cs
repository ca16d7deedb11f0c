namespace SmartPolicingLms.Web.Features.FirstSignIn;

// The words of the first sign-in (choosing one's own password): the key of FirstSignInStrings.resx and its .ru/.ky siblings.
internal sealed class FirstSignInStrings;
