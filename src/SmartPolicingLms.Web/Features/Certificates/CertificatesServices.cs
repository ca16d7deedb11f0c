namespace SmartPolicingLms.Web.Features.Certificates;

internal static class CertificatesServices
{
    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        services.AddScoped<CertificateIssuer>();
        return services;
    }
}
