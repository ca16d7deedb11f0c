using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Credentials;

// An administrator retires the key that signs credentials and starts signing with a new one (when the old one may
// have been exposed, or as a routine). The old key stays in the published key set, so the credentials it signed still
// verify; credentials downloaded from now on name the new key.
internal sealed class RotateSigningKey(AppDbContext db, SigningKeys keys, AuditLog audit, CurrentPerson person, TimeProvider clock,
    IStringLocalizer<CredentialsStrings> t)
{
    internal sealed record Rotated(string? RetiredKeyId, string NewKeyId);

    public async Task<Outcome<Rotated>> HandleAsync(CancellationToken ct)
    {
        if (!person.IsAdministrator)
            return Outcome<Rotated>.Forbidden(t["Only administrators rotate the key that signs credentials."]);
        // The old key is retired and saved before the new one is added: the index that allows one unretired key per
        // algorithm would refuse the new key while the old one still signs. One transaction holds both, and the audit entry.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var retired = await db.CredentialSigningKeys.SingleOrDefaultAsync(k => k.Algorithm == SigningKeys.Algorithm && k.RetiredAt == null, ct);
        retired?.Retire(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        var created = keys.NewKey();
        db.CredentialSigningKeys.Add(created);
        audit.Record(person.UserId, null, AuditSubjects.SigningKey, AuditAction.Rotated, retired is null ? null : new { retired.KeyId },
            new { created.KeyId });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another rotation, or a first key, took the one unretired place first.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return Outcome<Rotated>.Conflict(t["Someone else rotated the signing key at the same moment; theirs is the key that now signs. Nothing else was changed."]);
        }
        await transaction.CommitAsync(ct);
        return Outcome<Rotated>.Ok(new Rotated(retired?.KeyId, created.KeyId));
    }
}
