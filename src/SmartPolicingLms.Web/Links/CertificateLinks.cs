namespace SmartPolicingLms.Web.Links;

internal static class CertificateLinks
{
    public const string PdfPattern = "/certificates/{id:int}/pdf";

    public static string Pdf(int certificateId) => $"certificates/{certificateId}/pdf";

    public static string Verify() => "verify";

    public static string Cohort(int cohortId) => $"cohorts/{cohortId}/certificates";

    // What a certificate's QR code opens.
    public static string Verify(string verificationCode) => $"verify/{verificationCode}";
}
