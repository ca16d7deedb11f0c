using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Exports;

// What the exports page offers: the institutions, courses and cohorts the person reports on (ReportableCohorts), and
// how many cohorts and recruits the chosen scope covers, which is what every download of that scope holds.
internal sealed class ShowExports(AppDbContext db, ReportableCohorts reportable, ExportScope scopes, CompletionRegister register)
{
    internal sealed record Choice(string Value, string Label);

    internal sealed record CohortChoice(int Id, string Name, string Institution, string Course, DateOnly Start, DateOnly End);

    internal sealed record Model(ReportScope Scope, IReadOnlyList<Choice> Institutions, IReadOnlyList<Choice> Courses,
        IReadOnlyList<CohortChoice> Cohorts, int CoveredCohorts, int CoveredRecruits);

    public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(IQueryCollection query, CancellationToken ct)
    {
        var (covered, refusal) = await scopes.HandleAsync(query, ct);
        if (refusal is not null)
            return (null, refusal);
        var scope = covered!.Scope;
        var institutions = await reportable.Institutions().OrderBy(i => i.Name)
            .Select(i => new Choice(i.Id.ToString(), i.Name)).AsNoTracking().ToListAsync(ct);
        var cohorts = reportable.All().Where(c => c.State != CohortState.Cancelled);
        var courses = await db.Courses.Where(k => cohorts.Any(c => db.CourseVersions.Any(v => v.Id == c.CourseVersionId && v.CourseId == k.Id)))
            .OrderBy(k => k.Title).Select(k => new Choice(k.Id, k.Title)).AsNoTracking().ToListAsync(ct);
        // The cohorts to tick: those of the chosen institution and course (or all), latest first.
        var (narrowed, _) = await reportable.InAsync(scope with { CohortIds = [] }, ct);
        var choices = await (from c in narrowed!
                             join i in db.Institutions on c.InstitutionId equals i.Id
                             join v in db.CourseVersions on c.CourseVersionId equals v.Id
                             orderby c.EndDate descending, c.Name
                             select new CohortChoice(c.Id, c.Name, i.Name, v.Title, c.StartDate, c.EndDate)).AsNoTracking().ToListAsync(ct);
        return (new Model(scope, institutions, courses, choices, covered.CohortIds.Count, await register.CountAsync(covered.CohortIds, ct)), null);
    }
}
