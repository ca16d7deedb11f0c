using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Certificates;

// Withdraws a certificate by hand, with a reason from a short list and a note for staff. From then on the public
// page says it was revoked and when (never why), and the recruit no longer finds it among their certificates.
internal static class RevokeCertificate
{
    internal sealed class Command
    {
        public string Reason { get; set; } = "";
        public string? Note { get; set; }
        public bool Confirm { get; set; }
    }

    internal sealed class Validator : AbstractValidator<Command>
    {
        public Validator(IStringLocalizer<CertificatesStrings> t)
        {
            RuleFor(c => c.Reason).Must(r => CertificateRevocation.Chosen.Contains(r)).WithName(_ => t["Reason"])
                .WithMessage(_ => t["Choose why the certificate is revoked."]);
            RuleFor(c => c.Note).MaximumLength(500).WithName(_ => t["Note"]).WithMessage(_ => t["Note must be 500 characters or fewer."]);
            RuleFor(c => c.Confirm).Equal(true).WithName(_ => t["Confirm"]).WithMessage(_ => t["Tick the box to confirm the revocation."]);
        }
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, CohortAccess access, IValidator<Command> validator, AuditLog audit,
        TimeProvider clock, IStringLocalizer<CertificatesStrings> t)
    {
        public async Task<Outcome<bool>> HandleAsync(int cohortId, int certificateId, Command command, CancellationToken ct)
        {
            if (await ManagedAsync(access, cohortId, ct) is { } refusal)
                return Outcome<bool>.Refused(refusal);
            var certificate = await InCohortAsync(db, cohortId, certificateId, ct);
            if (certificate is null)
                return Outcome<bool>.NotFound(t["There is no such certificate in this cohort."]);
            if (await validator.ValidateAsync(command, ct) is { IsValid: false } invalid)
                return Outcome<bool>.Invalid(invalid.Errors);
            if (!certificate.IsValid)
                return Outcome<bool>.Conflict(t["This certificate was already revoked; nothing was changed."]);
            certificate.Revoke(command.Reason, command.Note, person.UserId, clock.GetUtcNow().UtcDateTime);
            audit.Record(person.UserId, cohortId, AuditSubjects.Certificate(certificate.Serial), AuditAction.Revoked, null,
                new { command.Reason });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Outcome<bool>.Conflict(t["This certificate was already revoked; nothing was changed."]);
            }
            return Outcome<bool>.Ok(true);
        }
    }

    // Null when the person may revoke and re-issue this cohort's certificates.
    internal static async Task<Refusal?> ManagedAsync(CohortAccess access, int cohortId, CancellationToken ct)
    {
        var (mayManage, refusal) = await access.CertificatesAsync(cohortId, ct);
        return refusal ?? (mayManage ? null : Refusal.Forbidden(CohortAccess.CertificatesNotYours));
    }

    internal static Task<Certificate?> InCohortAsync(AppDbContext db, int cohortId, int certificateId, CancellationToken ct) =>
        db.Certificates.Where(c => c.Id == certificateId && db.Enrollments.Any(e => e.Id == c.EnrollmentId && e.CohortId == cohortId))
            .SingleOrDefaultAsync(ct);
}
