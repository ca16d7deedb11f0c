using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SmartPolicingLms.Web.Features.Certificates;

internal static class CertificatesServices
{
    // Checking codes is open to anyone: a client address gets a few a minute, enough for a person with a pile of
    // certificates and too few to guess codes.
    public const string VerificationLimit = "certificate-verification";
    public const int VerificationsPerMinute = 20;

    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        services.AddScoped<CertificateIssuer>();
        services.AddScoped<VerifyCertificate>();
        services.AddScoped<CertificateAccess>();
        services.AddScoped<DownloadCertificate>();
        services.AddScoped<CohortCertificates>();
        services.AddScoped<RevokeCertificate.Handler>();
        services.AddScoped<FluentValidation.IValidator<RevokeCertificate.Command>, RevokeCertificate.Validator>();
        services.AddScoped<ReissueCertificate.Handler>();
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(VerificationLimit, context =>
            RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.Of(context), _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = VerificationsPerMinute, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0,
            })));
        return services;
    }
}
