using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Catalogue;

// The legal claims of a course version that no local lawyer has reviewed yet, in module order. While there is one,
// the course "needs local legal review": the version and cohort pages say so, and publishing a cohort asks for a tick.
internal sealed class PendingLegalClaims(AppDbContext db)
{
    public async Task<IReadOnlyList<PendingLegalClaim>> ForVersionAsync(int courseVersionId, CancellationToken ct) =>
        await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == courseVersionId)
            .SelectMany(m => m.LegalClaims.Where(c => c.ReviewedBy == null),
                (m, c) => new { m.Number, m.Title, c.Position, c.Claim, c.Source })
            .OrderBy(c => c.Number).ThenBy(c => c.Position)
            .Select(c => new PendingLegalClaim(c.Number, c.Title, c.Claim, c.Source))
            .ToListAsync(ct);
}

// Public only because a component (LegalReviewNotice) takes it as a parameter.
public sealed record PendingLegalClaim(int ModuleNumber, string ModuleTitle, string Text, string? Source);
