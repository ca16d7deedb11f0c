using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Exports;

// The cohorts an export covers, read from the address by ReportScope and limited by ReportableCohorts: the one rule
// of who exports what. In a fixed order (institution, then the cohort's dates), so two exports of a scope line up.
internal sealed class ExportScope(ReportableCohorts reportable)
{
    internal sealed record Covered(ReportScope Scope, IReadOnlyList<int> CohortIds);

    public async Task<(Covered? Covered, Refusal? Refusal)> HandleAsync(IQueryCollection query, CancellationToken ct)
    {
        var (scope, invalid) = ReportScope.Parse(query);
        if (invalid is not null)
            return (null, invalid);
        var (cohorts, refusal) = await reportable.InAsync(scope!, ct);
        if (refusal is not null)
            return (null, refusal);
        var ids = await cohorts!.OrderBy(c => c.InstitutionId).ThenBy(c => c.StartDate).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => c.Id).ToListAsync(ct);
        return (new Covered(scope!, ids), null);
    }
}
