namespace SmartPolicingLms.Web.Features.Certificates;

// The words staff read for a revocation's stored code. The public page never shows them.
internal static class RevocationWords
{
    public static string Of(string? code) => code switch
    {
        CertificateRevocation.NoLongerCompleted => "The completion record was corrected to not completed",
        CertificateRevocation.Replaced => "Replaced by a re-issued certificate",
        CertificateRevocation.IssuedInError => "Issued in error",
        CertificateRevocation.WithdrawnByInstitution => "Withdrawn by the institution",
        CertificateRevocation.WithdrawnByPerson => "Withdrawn by the person, who deleted their personal data",
        null => "",
        _ => code,
    };
}
