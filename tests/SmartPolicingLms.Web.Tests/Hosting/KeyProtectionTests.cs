using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Hosting;

// The data-protection keys in the database sign every cookie: with a certificate configured they are stored
// encrypted to it, and without one an operator in Production is told so at start-up.
public sealed class KeyProtectionTests(SqliteLmsFactory factory) : LmsTest(factory), IClassFixture<SqliteLmsFactory>
{
    const string Password = "pfx-password";

    [SkippableFact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_another_instance_reads_them()
    {
        var certificateFolder = RepositoryPaths.NewTempFolder("certificate");
        try
        {
            var pfx = WriteSelfSignedPfx(certificateFolder);
            await using var first = WithCertificate(Factory.NewInstallation(), pfx);
            await using var second = WithCertificate(first.NewInstanceOnSameDatabase(), pfx);

            first.Start();
            var keys = await first.WithDatabaseAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
            var protectedText = Protector(first).Protect("a cookie's worth of secret");

            var key = Assert.Single(keys);
            Assert.Contains("encryptedSecret", key);
            Assert.Contains("EncryptedData", key);
            Assert.DoesNotContain("<masterKey", key);
            Assert.Equal("a cookie's worth of secret", Protector(second).Unprotect(protectedText));
            Assert.DoesNotContain(first.Logs.Messages(LogLevel.Warning), m => m.Contains("DataProtection:CertificatePath"));
        }
        finally
        {
            RepositoryPaths.DeleteQuietly(certificateFolder);
        }
    }

    [SkippableFact]
    public async Task Without_a_certificate_the_start_up_log_warns_in_production_that_the_keys_are_unprotected()
    {
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;

        installation.Start();

        Assert.Contains(installation.Logs.Messages(LogLevel.Warning), m =>
            m.Contains("unprotected") && m.Contains("DataProtection:CertificatePath") && m.Contains("DataProtection:CertificatePassword"));
    }

    static LmsFactory WithCertificate(LmsFactory installation, string pfx)
    {
        installation.ImportCoursesOnStart = false;
        installation.OperatorSettings["DataProtection:CertificatePath"] = pfx;
        installation.OperatorSettings["DataProtection:CertificatePassword"] = Password;
        return installation;
    }

    static IDataProtector Protector(LmsFactory installation) =>
        installation.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("key-protection-test");

    static string WriteSelfSignedPfx(string folder)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=SmartPolicingLms data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, "data-protection.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
