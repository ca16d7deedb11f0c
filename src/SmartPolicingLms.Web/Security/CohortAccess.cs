using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Security;

internal enum CohortRight
{
    // Not visible: answered exactly as a cohort that does not exist, so ids cannot be probed.
    None,
    View,
    Change,
}

// Every question of the form "may this person see or change this cohort?" is answered here, by name, for the
// person making the request.
internal sealed class CohortAccess(AppDbContext db, CurrentPerson person)
{
    // Worded when asked, not once: each request reads them in its own language.
    static readonly IStringLocalizer T = Localizers.For<SecurityStrings>();

    public static string NotFoundMessage => T["There is no such cohort."];
    public static string ReadOnlyMessage => T["Only the cohort's lead instructors and the instructors of its sessions can change it."];
    public static string ConflictMessage =>
        T["Someone else changed this cohort while you were working on it. The page now shows their version; make your change again."];
    public static string ResultsNotForYou => T["A cohort's results and board are for its instructors and the program officers who follow its institution."];

    public static Refusal NotFound => Refusal.NotFound(NotFoundMessage);
    public static Refusal ReadOnly => Refusal.Forbidden(ReadOnlyMessage);
    public static Refusal Conflict => Refusal.Conflict(ConflictMessage);

    // Instructors see their institution's cohorts, program officers those of the institutions they follow,
    // administrators all of them.
    public IQueryable<Cohort> Visible()
    {
        if (person.IsAdministrator)
            return db.Cohorts;
        var instructorAt = person.IsInstructor ? person.InstitutionId : null;
        var followed = person.IsProgramOfficer ? person.FollowedInstitutionIds.ToList() : [];
        return db.Cohorts.Where(c => (instructorAt != null && c.InstitutionId == instructorAt) || followed.Contains(c.InstitutionId));
    }

    public async Task<CohortRight> RightAsync(int cohortId, CancellationToken ct)
    {
        var cohort = await Visible().AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.InstitutionId }).SingleOrDefaultAsync(ct);
        if (cohort is null)
            return CohortRight.None;
        return await TeachesAsync(cohortId, cohort.InstitutionId, ct) ? CohortRight.Change : CohortRight.View;
    }

    // Null when the person may change the cohort; otherwise why not (not found, or read-only).
    public async Task<Refusal?> ChangeRefusalAsync(int cohortId, CancellationToken ct) =>
        RefusalFor(await RightAsync(cohortId, ct));

    public static Refusal? RefusalFor(CohortRight right) => right switch
    {
        CohortRight.None => NotFound,
        CohortRight.View => ReadOnly,
        _ => null,
    };

    // Results and the board: the cohort's instructors, and program officers who follow its institution (an
    // administrator or an instructor of another cohort at the same institution sees the cohort, not these).
    // The right tells a page whether to offer the instructors' controls.
    public async Task<(CohortRight Right, Refusal? Refusal)> ResultsAsync(int cohortId, CancellationToken ct)
    {
        var right = await RightAsync(cohortId, ct);
        if (right == CohortRight.None)
            return (right, NotFound);
        if (right == CohortRight.Change)
            return (right, null);
        var institutionId = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.InstitutionId).SingleAsync(ct);
        return (right, person.Follows(institutionId) ? null : Refusal.Forbidden(ResultsNotForYou));
    }

    // A cohort's certificates: seen by those who see its results and by administrators; revoked and re-issued only by
    // administrators and the cohort's lead instructors (while they instruct at its institution).
    public async Task<(bool MayManage, Refusal? Refusal)> CertificatesAsync(int cohortId, CancellationToken ct)
    {
        var (right, refusal) = await ResultsAsync(cohortId, ct);
        if (right == CohortRight.None)
            return (false, NotFound);
        var mayManage = person.IsAdministrator || await LeadsAsync(cohortId, ct);
        return (mayManage, mayManage ? null : refusal);
    }

    async Task<bool> LeadsAsync(int cohortId, CancellationToken ct) =>
        person.IsInstructor && await db.CohortInstructors.AnyAsync(i => i.CohortId == cohortId && i.UserId == person.UserId && i.IsLead
            && db.Cohorts.Any(c => c.Id == cohortId && c.InstitutionId == person.InstitutionId), ct);

    public static string CertificatesNotYours => T["Only administrators and the cohort's lead instructors revoke or re-issue its certificates."];

    // The cohort's instructors: its leads and whoever teaches one of its sessions, while still at its institution.
    async Task<bool> TeachesAsync(int cohortId, int institutionId, CancellationToken ct) =>
        person.InstructsAt(institutionId)
        && (await db.CohortInstructors.AnyAsync(i => i.CohortId == cohortId && i.UserId == person.UserId, ct)
            || await db.SessionInstructors.AnyAsync(i => i.UserId == person.UserId
                && db.CohortSessions.Any(s => s.Id == i.SessionId && s.CohortId == cohortId), ct));

    // The cohort, tracked, when the person may change it and the form was filled from its current version;
    // otherwise why not.
    public async Task<(Cohort? Cohort, Refusal? Refusal)> ForChangeAsync(int cohortId, int version, CancellationToken ct)
    {
        if (await ChangeRefusalAsync(cohortId, ct) is { } refusal)
            return (null, refusal);
        var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId, ct);
        return cohort.Version == version ? (cohort, null) : (null, Conflict);
    }

    // The signed-in recruit's own, active place in a cohort: what every cohort page under /learn is opened with.
    // Another recruit's cohort, one the recruit was withdrawn from, or one that does not exist all give null, and the
    // page answers each alike.
    public Task<RecruitPlace?> RecruitPlaceAsync(int cohortId, CancellationToken ct) =>
        !person.IsSignedIn ? Task.FromResult<RecruitPlace?>(null)
        : (from e in db.Enrollments.Active().AsNoTracking()
           where e.RecruitUserId == person.UserId && e.CohortId == cohortId
           join c in db.Cohorts on e.CohortId equals c.Id
           join i in db.Institutions on c.InstitutionId equals i.Id
           select new RecruitPlace(e.Id, c.Id, c.Name, c.CourseVersionId, i.TimeZoneId, c.Language)).SingleOrDefaultAsync(ct);

    // False when another save reached the cohort first (its Version no longer matched): nothing was written,
    // and the tracked changes are dropped so the page reads what is stored.
    public Task<bool> TrySaveAsync(CancellationToken ct) => db.TrySaveAsync(ct);
}

// Language is the cohort's edition: the one its recruits read.
internal sealed record RecruitPlace(int EnrollmentId, int CohortId, string CohortName, int CourseVersionId, string TimeZoneId, string Language);
