namespace SmartPolicingLms.Web.Features.Credentials;

// The words of the signing keys' page and of the credential downloads' refusals: the key of CredentialsStrings.resx and
// its .ru/.ky siblings. The credential itself (JSON, signed) stays in English: it is data for verifiers' software.
internal sealed class CredentialsStrings;
