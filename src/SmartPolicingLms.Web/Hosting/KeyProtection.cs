using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace SmartPolicingLms.Web.Hosting;

// The data-protection keys sign every sign-in cookie and protect the credential-signing key, and they live in the
// database: whoever reads a copy of it (a backup, a dump) could forge a cookie. With a certificate configured, each
// key is encrypted to it before it is stored, and every instance given the same certificate can read the keys back.
internal static class KeyProtection
{
    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(
        this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var certificate = LoadCertificate(configuration);
        if (certificate is not null)
            // Decrypts with this certificate itself rather than looking it up in the machine's certificate store.
            builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
        builder.Services.AddHostedService(sp => new UnprotectedKeysWarning(certificate,
            sp.GetRequiredService<IHostEnvironment>(), sp.GetRequiredService<ILogger<UnprotectedKeysWarning>>()));
        return builder;
    }

    static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        if (configuration[CertificatePathSetting] is not { Length: > 0 } path)
            return null;
        if (!File.Exists(path))
            throw new InvalidOperationException($"{CertificatePathSetting} is set to '{path}', but there is no such file.");
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordSetting]);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException(
                $"The certificate at {CertificatePathSetting} has no private key, so the keys could not be read back.");
    }

    internal sealed class UnprotectedKeysWarning(
        X509Certificate2? certificate,
        IHostEnvironment environment,
        ILogger<UnprotectedKeysWarning> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (certificate is not null)
                logger.LogInformation("Data-protection keys are encrypted to the certificate {Thumbprint}.", certificate.Thumbprint);
            else if (environment.IsProduction())
                logger.LogWarning("The data-protection keys, which sign every sign-in cookie, are stored in the " +
                    "database unprotected: anyone who can read the database or a backup of it can sign in as anyone. " +
                    "Protect them with a certificate: set {PathSetting} to a PFX file with its private key and " +
                    "{PasswordSetting} to its password, the same on every instance.",
                    CertificatePathSetting, CertificatePasswordSetting);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
