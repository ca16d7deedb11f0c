namespace SmartPolicingLms.Web.Links;

// The program officer's desk: reports, their targets, and the exports of a scope (ReportScope.ToQuery() appended).
internal static class ReportLinks
{
    public const string Reports = "reports";
    public const string Targets = "reports/targets";
    public const string Exports = "exports";
    public const string CertificatesZip = "exports/certificates.zip";
    public const string CertificatesPdf = "exports/certificates.pdf";
    public const string RegisterCsv = "exports/register.csv";
    public const string RegisterXlsx = "exports/register.xlsx";
    public const string RegisterPdf = "exports/register.pdf";
    public const string Dataset = "exports/results-dataset.zip";

    public static string Of(string page, ReportScope scope) => page + scope.ToQuery();
}
