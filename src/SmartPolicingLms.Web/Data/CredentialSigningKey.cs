using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// A key that signs Open Badges credentials (ES256). Kept in the database so every instance signs with the same key;
// the private half is stored only as data-protection ciphertext. A retired key signs nothing new but stays published,
// so credentials it signed still verify after a rotation.
internal sealed class CredentialSigningKey
{
    public int Id { get; private set; }
    // The JWK "kid" that credentials name in their header.
    public string KeyId { get; private set; } = "";
    public string Algorithm { get; private set; } = "";
    // The public key as a JWK (JSON), published in the issuer's key set.
    public string PublicJwk { get; private set; } = "";
    public string ProtectedPrivateKey { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? RetiredAt { get; private set; }

    public static CredentialSigningKey Create(string keyId, string algorithm, string publicJwk, string protectedPrivateKey, DateTime now) => new()
    {
        KeyId = keyId, Algorithm = algorithm, PublicJwk = publicJwk, ProtectedPrivateKey = protectedPrivateKey, CreatedAt = now,
    };

    public void Retire(DateTime now) => RetiredAt ??= now;
}

internal sealed class CredentialSigningKeyConfiguration : IEntityTypeConfiguration<CredentialSigningKey>
{
    public void Configure(EntityTypeBuilder<CredentialSigningKey> key)
    {
        key.Property(k => k.KeyId).HasMaxLength(64);
        key.HasIndex(k => k.KeyId).IsUnique();
        key.Property(k => k.Algorithm).HasMaxLength(10);
        key.Property(k => k.PublicJwk).HasMaxLength(1000);
        // At most one key per algorithm signs at a time, whatever two instances do at first start. (Indexed on the
        // algorithm: a unique index on RetiredAt itself would let many NULLs through.)
        key.HasIndex(k => k.Algorithm).IsUnique().HasFilter("\"RetiredAt\" IS NULL");
    }
}
