namespace SmartPolicingLms.Web.Features.Certificates;

// The words staff read for a revocation's stored code. The public page never shows them.
internal static class RevocationWords
{
    static readonly IStringLocalizer T = Localizers.For<CertificatesStrings>();

    public static string Of(string? code) => code switch
    {
        CertificateRevocation.NoLongerCompleted => T["The completion record was corrected to not completed"],
        CertificateRevocation.Replaced => T["Replaced by a re-issued certificate"],
        CertificateRevocation.IssuedInError => T["Issued in error"],
        CertificateRevocation.WithdrawnByInstitution => T["Withdrawn by the institution"],
        CertificateRevocation.WithdrawnByPerson => T["Withdrawn by the person, who deleted their personal data"],
        null => "",
        _ => code,
    };
}
