using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Data;
using SmartPolicingLms.Web.Security;

namespace SmartPolicingLms.Web.Features.Cohorts;

// The signed-in person as the cohort rules see them. Built from the cookie and the database, never from a form.
internal sealed record Viewer(string UserId, bool IsAdministrator, bool IsProgramOfficer, bool IsInstructor, int? InstitutionId);

internal enum CohortRight
{
    // Not visible: answered exactly as a cohort that does not exist, so ids cannot be probed.
    None,
    View,
    Change,
}

internal sealed class CohortAccess(AppDbContext db)
{
    public const string NotFoundMessage = "There is no such cohort.";
    public const string ReadOnlyMessage = "Only the cohort's lead instructors and the instructors of its sessions can change it.";
    public const string ConflictMessage =
        "Someone else changed this cohort while you were working on it. The page now shows their version; make your change again.";

    public async Task<Viewer> ViewerAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var institutionId = await db.Users.Where(u => u.Id == id).Select(u => u.InstitutionId).SingleOrDefaultAsync(ct);
        return new Viewer(id, user.IsInRole(Roles.Administrator), user.IsInRole(Roles.ProgramOfficer),
            user.IsInRole(Roles.Instructor), institutionId);
    }

    // Instructors see their institution's cohorts, program officers those of the institutions they follow,
    // administrators all of them.
    public IQueryable<Cohort> Visible(Viewer viewer)
    {
        if (viewer.IsAdministrator)
            return db.Cohorts;
        var instructorAt = viewer.IsInstructor ? viewer.InstitutionId : null;
        var officer = viewer.IsProgramOfficer ? viewer.UserId : null;
        return db.Cohorts.Where(c =>
            (instructorAt != null && c.InstitutionId == instructorAt)
            || (officer != null && db.ProgramOfficerInstitutions.Any(p => p.UserId == officer && p.InstitutionId == c.InstitutionId)));
    }

    public async Task<CohortRight> RightAsync(Viewer viewer, int cohortId, CancellationToken ct)
    {
        var cohort = await Visible(viewer).AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.InstitutionId }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return CohortRight.None;
        return await TeachesAsync(viewer, cohortId, cohort.InstitutionId, ct) ? CohortRight.Change : CohortRight.View;
    }

    // The cohort's instructors: its leads and whoever teaches one of its sessions, while still at its institution.
    async Task<bool> TeachesAsync(Viewer viewer, int cohortId, int institutionId, CancellationToken ct) =>
        viewer.IsInstructor && viewer.InstitutionId == institutionId
        && (await db.CohortInstructors.AnyAsync(i => i.CohortId == cohortId && i.UserId == viewer.UserId, ct)
            || await db.SessionInstructors.AnyAsync(i => i.UserId == viewer.UserId
                && db.CohortSessions.Any(s => s.Id == i.SessionId && s.CohortId == cohortId), ct));

    public static string Refusal(CohortRight right) => right == CohortRight.None ? NotFoundMessage : ReadOnlyMessage;

    // The cohort, tracked, when the viewer may change it and the form was filled from its current version;
    // otherwise the message that explains why not.
    public async Task<(Cohort? Cohort, string? Refusal)> ForChangeAsync(Viewer viewer, int cohortId, int version, CancellationToken ct)
    {
        var right = await RightAsync(viewer, cohortId, ct);
        if (right != CohortRight.Change)
            return (null, Refusal(right));
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId, ct);
        return cohort.Version == version ? (cohort, null) : (null, ConflictMessage);
    }

    // False when another save reached the cohort first (its Version no longer matched): nothing was written,
    // and the tracked changes are dropped so the page reads what is stored.
    public async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
