using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Credentials;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Credentials;

// The signing key lives in the database: every instance signs with the one key, however many ask for the first one at
// once, and the database holds its private half only in a form the app's data protection can read.
public abstract class SigningKeyTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Requests_that_make_the_first_key_at_once_end_with_one_key_that_all_of_them_sign_with()
    {
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        installation.Start();
        var go = new TaskCompletionSource();

        var signing = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await go.Task;
            return await KeyIdAsync(installation);
        })).ToList();
        go.SetResult();
        var keyIds = await Task.WhenAll(signing);

        var stored = await installation.WithDatabaseAsync(db => db.CredentialSigningKeys.Select(k => k.KeyId).ToListAsync());
        Assert.Equal(Assert.Single(stored), Assert.Single(keyIds.Distinct()));
    }

    [SkippableFact]
    public async Task Another_instance_signs_with_the_same_key_and_the_database_never_holds_it_in_the_clear()
    {
        await using var other = Factory.NewInstanceOnSameDatabase();

        var here = await KeyIdAsync(Factory);
        var there = await KeyIdAsync(other);

        Assert.Equal(here, there);
        var stored = await Factory.WithDatabaseAsync(db => db.CredentialSigningKeys.AsNoTracking().SingleAsync(k => k.KeyId == here));
        using var key = ECDsa.Create();
        Assert.ThrowsAny<CryptographicException>(() => key.ImportPkcs8PrivateKey(Convert.FromBase64String(stored.ProtectedPrivateKey), out _));
        Assert.DoesNotContain("\"d\"", stored.PublicJwk);
    }

    [SkippableFact]
    public async Task The_database_refuses_a_second_key_that_signs()
    {
        await KeyIdAsync(Factory);

        var second = await Record.ExceptionAsync(() => Factory.WithServicesAsync(async services =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            db.CredentialSigningKeys.Add(services.GetRequiredService<SigningKeys>().NewKey());
            await db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(second);
    }

    static async Task<string> KeyIdAsync(LmsFactory installation)
    {
        var keyId = "";
        await installation.WithServicesAsync(async services =>
        {
            using var signer = await services.GetRequiredService<SigningKeys>().ActiveAsync(CancellationToken.None);
            keyId = signer.KeyId;
        });
        return keyId;
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : SigningKeyTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : SigningKeyTests(factory), IClassFixture<PostgresLmsFactory>;
}
