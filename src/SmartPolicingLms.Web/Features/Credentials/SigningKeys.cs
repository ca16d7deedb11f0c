using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Credentials;

// The issuer's ES256 keys (ECDSA P-256), kept in the database so every instance signs with the same one. The private
// half is stored only as data-protection ciphertext, which the instances can all read because the data-protection keys
// live in the database too. The first credential makes the first key; a rotation (RotateSigningKey) retires it and
// makes another, and a retired key stays published, so whatever it signed still verifies.
internal sealed class SigningKeys(AppDbContext db, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Algorithm = "ES256";
    // Fixed: the stored private keys can be read back only under the purpose they were protected with.
    const string Purpose = "SmartPolicingLms.Credentials.SigningKey";

    readonly IDataProtector protector = protection.CreateProtector(Purpose);

    internal sealed record Signer(string KeyId, ECDsa Key) : IDisposable
    {
        public void Dispose() => Key.Dispose();
    }

    public async Task<Signer> ActiveAsync(CancellationToken ct) => Open(await ActiveKeyAsync(ct) ?? await CreateFirstAsync(ct));

    // Every key ever made, the retired ones included, as the public JWKs a verifier fetches.
    public async Task<IReadOnlyList<JsonNode>> PublishedAsync(CancellationToken ct) =>
        [.. (await db.CredentialSigningKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.PublicJwk).ToListAsync(ct))
            .Select(jwk => JsonNode.Parse(jwk)!)];

    internal sealed record Listed(string KeyId, DateTime CreatedAt, DateTime? RetiredAt);

    public async Task<IReadOnlyList<Listed>> ListAsync(CancellationToken ct) =>
        await db.CredentialSigningKeys.AsNoTracking().OrderByDescending(k => k.Id)
            .Select(k => new Listed(k.KeyId, k.CreatedAt, k.RetiredAt)).ToListAsync(ct);

    Task<CredentialSigningKey?> ActiveKeyAsync(CancellationToken ct) =>
        db.CredentialSigningKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Algorithm == Algorithm && k.RetiredAt == null, ct);
    // Two instances may each find no key and make one at the same moment: the unique index on unretired keys takes
    // the first, refuses the second, and the second signs with the first's key.
    async Task<CredentialSigningKey> CreateFirstAsync(CancellationToken ct)
    {
        var key = NewKey();
        db.CredentialSigningKeys.Add(key);
        try
        {
            await db.SaveChangesAsync(ct);
            return key;
        }
        catch (DbUpdateException)
        {
            db.Entry(key).State = EntityState.Detached;
            return await ActiveKeyAsync(ct) ?? throw new InvalidOperationException("A signing key could be neither saved nor read.");
        }
    }

    // A new key pair: the public half as a JWK, the private half protected for the database.
    public CredentialSigningKey NewKey()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var keyId = Jwk.Thumbprint(parameters);
        var privateKey = Convert.ToBase64String(protector.Protect(key.ExportPkcs8PrivateKey()));
        return CredentialSigningKey.Create(keyId, Algorithm, Jwk.Public(parameters, keyId, Algorithm).ToJsonString(), privateKey,
            clock.GetUtcNow().UtcDateTime);
    }

    Signer Open(CredentialSigningKey stored)
    {
        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(protector.Unprotect(Convert.FromBase64String(stored.ProtectedPrivateKey)), out _);
        return new Signer(stored.KeyId, key);
    }
}
