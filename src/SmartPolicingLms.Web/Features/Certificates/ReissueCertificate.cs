using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Certificates;

// After a recruit's recorded name is corrected, prints them a new certificate: a new serial and code, the name as
// recorded now. The old one verifies as replaced from then on. Both happen in one transaction, and the database's
// "one valid certificate per enrolment" index means two people re-issuing at once cannot both succeed.
internal static class ReissueCertificate
{
    internal sealed class Command
    {
        public string? Note { get; set; }
        public bool Confirm { get; set; }
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, CohortAccess access, CertificateIssuer issuer, AuditLog audit,
        TimeProvider clock, IStringLocalizer<CertificatesStrings> t)
    {
        // The new certificate's id.
        public async Task<Outcome<int>> HandleAsync(int cohortId, int certificateId, Command command, CancellationToken ct)
        {
            if (await RevokeCertificate.ManagedAsync(access, cohortId, ct) is { } refusal)
                return Outcome<int>.Refused(refusal);
            var old = await RevokeCertificate.InCohortAsync(db, cohortId, certificateId, ct);
            if (old is null)
                return Outcome<int>.NotFound(t["There is no such certificate in this cohort."]);
            if (!command.Confirm)
                return Outcome<int>.Invalid(nameof(Command.Confirm), t["Tick the box to confirm the re-issue."]);
            if (command.Note is { Length: > 500 })
                return Outcome<int>.Invalid(nameof(Command.Note), t["Note must be 500 characters or fewer."]);
            if (!old.IsValid)
                return Outcome<int>.Conflict(t["Only a certificate that still stands can be re-issued."]);

            var now = clock.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                // Revoked first, in its own statement: the index allows one valid certificate per enrolment at every moment.
                old.Revoke(CertificateRevocation.Replaced, command.Note, person.UserId, now);
                await db.SaveChangesAsync(ct);
                var replacement = await issuer.ReissueAsync(old, person.UserId, ct);
                await db.SaveChangesAsync(ct);
                old.ReplacedBy(replacement);
                audit.Record(person.UserId, cohortId, AuditSubjects.Certificate(old.Serial), AuditAction.Reissued, null,
                    new { Replacement = replacement.Serial });
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return Outcome<int>.Ok(replacement.Id);
            }
            catch (DbUpdateException)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return Outcome<int>.Conflict(t["Someone else changed this certificate at the same moment; nothing was re-issued. Look at it again."]);
            }
        }
    }
}
