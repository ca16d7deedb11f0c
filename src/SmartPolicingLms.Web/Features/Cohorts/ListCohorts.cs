using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

internal sealed class ListCohorts(AppDbContext db, CohortAccess access)
{
    internal sealed record Row(int Id, string Name, string Institution, string Course, int VersionNumber,
        DateOnly StartDate, DateOnly EndDate, CohortState State, int Sessions, int OpenSlots);

    public Task<List<Row>> HandleAsync(CancellationToken ct) =>
        access.Visible().AsNoTracking()
            .OrderByDescending(c => c.StartDate).ThenBy(c => c.Name)
            .Select(c => new Row(c.Id, c.Name,
                db.Institutions.Where(i => i.Id == c.InstitutionId).Select(i => i.Name).Single(),
                db.CourseVersions.Where(v => v.Id == c.CourseVersionId).Select(v => v.Title).Single(),
                db.CourseVersions.Where(v => v.Id == c.CourseVersionId).Select(v => v.Number).Single(),
                c.StartDate, c.EndDate, c.State, c.Sessions.Count,
                // SlotCoverage.Open, counted by the database.
                c.Sessions.SelectMany(s => s.Slots).Count(s => s.PartnerOrganisationId == null && s.WaiverReason == null)))
            .ToListAsync(ct);
}
