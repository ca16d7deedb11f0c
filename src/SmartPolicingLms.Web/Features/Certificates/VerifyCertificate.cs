using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Certificates;

// What anyone holding a certificate may check, with no account: whether its code is one the LMS issued, and if so
// what it printed and whether it still stands. Nothing more (no reason for a revocation, nothing about the recruit
// beyond the printed name).
internal sealed class VerifyCertificate(AppDbContext db)
{
    internal enum Standing
    {
        Valid,
        Revoked,
        // Revoked because a re-issued certificate took its place; the page does not say which.
        Replaced,
    }

    internal sealed record Model(string Serial, string RecruitName, string CourseTitle, string CourseVersionLabel, decimal ContactHours,
        decimal SelfStudyHours, DateOnly CompletedOn, string InstitutionName, Standing Standing, DateOnly? RevokedOn);

    // Null for an unknown code and for one that could not be a code alike: both look the same from outside, and both
    // make the same one query, so the time taken says nothing either.
    public async Task<Model?> HandleAsync(string? typed, CancellationToken ct)
    {
        var code = Normalize(typed) ?? "";
        var certificate = await db.Certificates.AsNoTracking().Where(c => c.VerificationCode == code).SingleOrDefaultAsync(ct);
        return certificate is null ? null : new Model(certificate.Serial, certificate.RecruitName, certificate.CourseTitle,
            certificate.CourseVersionLabel, certificate.ContactHours, certificate.SelfStudyHours, certificate.CompletedOn,
            certificate.InstitutionName,
            certificate.IsValid ? Standing.Valid : certificate.IsReplaced ? Standing.Replaced : Standing.Revoked,
            certificate.RevokedAt is { } at ? DateOnly.FromDateTime(at) : null);
    }

    // Typed loosely (lower case, spaces or no hyphens), read as the printed code: groups of four joined by hyphens.
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 64)
            return null;
        var symbols = new string([.. typed.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return symbols.Length == CertificateIssuer.CodeLength
            ? string.Join('-', Enumerable.Range(0, symbols.Length / 4).Select(g => symbols.Substring(g * 4, 4)))
            : null;
    }
}
