namespace SmartPolicingLms.Web.Features.CertificateExport;

internal static class CertificateExportServices
{
    public static IServiceCollection AddCertificateExport(this IServiceCollection services) => services
        .AddScoped<StandingCertificates>()
        .AddScoped<ExportCertificates>();
}
