using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.MakeUps;

// What moving recruits into a make-up session and taking one out share: the session, only for the cohort's
// instructors while the cohort takes make-ups; the audit subject; and the save that two instructors can race.
internal sealed class MakeUpSeats(AppDbContext db, CohortAccess access)
{
    static readonly IStringLocalizer T = Localizers.For<MakeUpsStrings>();

    public static string NoSuchSession => T["There is no such make-up session in this cohort."];
    public static string ChangedMeanwhile => T["Someone else changed who sits this make-up session at the same moment. The page now shows their change; try again."];

    internal sealed record Snapshot(int SessionId, IReadOnlyList<int> EnrollmentIds);

    public async Task<(CohortSession? Session, Refusal? Refusal)> SessionAsync(int cohortId, int sessionId, CancellationToken ct)
    {
        if (await access.ChangeRefusalAsync(cohortId, ct) is { } refusal)
            return (null, refusal);
        var session = await db.CohortSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.CohortId == cohortId && s.IsMakeUp, ct);
        if (session is null)
            return (null, Refusal.NotFound(NoSuchSession));
        var state = await db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.State).SingleAsync(ct);
        return state.TakesMakeUps() ? (session, null)
            : (null, Refusal.Invalid(T["Recruits are moved into make-up sessions only while the cohort is published or in progress."]));
    }

    public async Task<AuditTopic> SubjectAsync(int moduleId, CancellationToken ct)
    {
        var module = await db.CourseModules.AsNoTracking().Where(m => m.Id == moduleId).Select(m => new { m.Number, m.Title }).SingleAsync(ct);
        return AuditSubjects.Session(module.Number, module.Title);
    }

    // Two instructors moving the same recruit at once collide on the seat's key; nothing of the second move is kept.
    public async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
