using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Completion;

// Where a recruit stands, in the rule's own words (Missing is worded in the reader's language). DecidedAt is set when the cohort is closed: the stored
// CompletionRecord is then shown, never a fresh computation, so the page says what a certificate will say.
public sealed record CompletionView(
    bool Completed, decimal AttendedHours, decimal RequiredHours, decimal? PostTestPercent, IReadOnlyList<string> Missing, DateTime? DecidedAt);

internal sealed class CompletionExplanation(AppDbContext db, RecruitCompletion completion)
{
    public async Task<CompletionView> ForAsync(int enrollmentId, CancellationToken ct)
    {
        var stored = await db.CompletionRecords.AsNoTracking()
            .Where(r => r.EnrollmentId == enrollmentId
                && db.Enrollments.Any(e => e.Id == r.EnrollmentId && db.Cohorts.Any(c => c.Id == e.CohortId && c.State == CohortState.Completed)))
            .SingleOrDefaultAsync(ct);
        if (stored is not null)
            return new CompletionView(stored.Completed, stored.AttendedHours, stored.RequiredHours, stored.PostTestPercent,
                MissingWords.Lines(MissingItem.Read(stored.Missing)), stored.DecidedAt);
        var facts = await completion.FactsAsync(enrollmentId, ct);
        var result = CompletionRule.Decide(facts);
        return new CompletionView(result.Completed, result.AttendedHours, result.RequiredHours, facts.BestPostTestPercent, result.Missing, null);
    }
}
