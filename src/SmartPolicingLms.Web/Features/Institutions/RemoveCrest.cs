using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Institutions;

// Certificates issued from now on print no crest. The crest stays stored for the certificates that print it.
internal static class RemoveCrest
{
    internal sealed record Command(int InstitutionId, int Version);

    internal sealed class Handler(AppDbContext db, InstitutionAccess access, CurrentPerson person, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            if (await access.CertificateRefusalAsync(command.InstitutionId, ct) is { } refusal)
                return Outcome<int>.Refused(refusal);
            var institution = await db.Institutions.SingleAsync(i => i.Id == command.InstitutionId, ct);
            if (institution.Version != command.Version)
                return Outcome<int>.Conflict(CertificateSettings.ConflictMessage);
            if (institution.CrestId is null)
                return Outcome<int>.Ok(institution.Version);
            var before = await UploadCrest.CrestAuditAsync(db, institution.CrestId, ct);
            institution.SetCrest(null, clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, null, AuditSubjects.Institution(institution.Name), AuditAction.CrestRemoved, before, null);
            return await db.TrySaveAsync(ct) ? Outcome<int>.Ok(institution.Version) : Outcome<int>.Conflict(CertificateSettings.ConflictMessage);
        }
    }
}
