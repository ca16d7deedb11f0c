using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Features.Cohorts;

namespace SmartPolicingLms.Web.Features.Completion;

// Closing a cohort settles it: every active recruit's completion is decided by the rule and stored, the cohort
// becomes Completed, and from then on attendance and results are frozen (a later change needs a recorded reason).
// The only way a cohort becomes Completed.
internal static class CloseCohort
{
    // In English, as tests read them; each is a key of CompletionStrings, so a reader gets their own language.
    public const string UnsettledRetakes = "Some post-test attempts are started but not submitted, so retakes are not settled yet";
    public const string AttendanceSavedMeanwhile =
        "Attendance was saved while the cohort was being closed, so it was not closed. Look at the page again and close it.";
    public const string ConfirmMissingRollCalls = "Tick the box to confirm closing although some sessions that have ended have no roll call.";
    public const string NotConfirmed = "Tick the box to confirm that you close the cohort with the results shown. Nothing was changed.";
    public const string NoPublicAddress =
        "Closing issues certificates, whose QR codes must open this LMS, but the administrator has not set its public address yet (Certificates:PublicBaseAddress). Ask them to set it, then close the cohort.";

    internal sealed class Command
    {
        public int Version { get; set; }
        // Sessions that ended without a roll call count as not attended: the instructor confirms they mean it.
        public bool ConfirmMissingRollCalls { get; set; }
        // Closing cannot be undone: the instructor ticks that they read the preview of who will and will not complete.
        public bool Confirmed { get; set; }
    }

    // A recruit's result as closing would record it now: the rule's own decision and its Missing codes, worded when shown.
    internal sealed record Outlook(int EnrollmentId, string Name, bool Completes, IReadOnlyList<MissingItem> Missing);

    internal sealed record SessionLabel(int Number, string Title, DateTime StartsAt, bool IsMakeUp);

    internal sealed record Model(
        int CohortId, string CohortName, CohortState State, int Version, string TimeZoneId, string? StateRefusal,
        IReadOnlyList<string> OpenPostTests, IReadOnlyList<SessionLabel> WithoutRollCall, int Recruits)
    {
        // Empty once the cohort cannot be closed (or when the caller did not ask for it).
        public IReadOnlyList<Outlook> Preview { get; init; } = [];
    }

    internal sealed class Query(AppDbContext db, CohortAccess access, RecruitCompletion completion, TimeProvider clock)
    {
        // preview: also decide, without storing anything, what closing now would record for each active recruit.
        public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(int cohortId, CancellationToken ct, bool preview = true)
        {
            var right = await access.RightAsync(cohortId, ct);
            if (right != CohortRight.Change)
                return (null, CohortAccess.RefusalFor(right));
            var now = clock.GetUtcNow().UtcDateTime;
            var cohort = await (from c in db.Cohorts.AsNoTracking()
                                join i in db.Institutions on c.InstitutionId equals i.Id
                                where c.Id == cohortId
                                select new { c.Name, c.State, c.Version, i.TimeZoneId }).SingleAsync(ct);
            var lastRegularEnd = await db.CohortSessions.Where(s => s.CohortId == cohortId && !s.IsMakeUp).MaxAsync(s => (DateTime?)s.EndsAt, ct);
            var openPostTests = await (from a in db.TestAttempts
                                       join e in db.Enrollments.Active() on a.EnrollmentId equals e.Id
                                       join u in db.Users on e.RecruitUserId equals u.Id
                                       where e.CohortId == cohortId && a.Kind == TestKind.Post && a.SubmittedAt == null
                                       orderby u.DisplayName
                                       select u.DisplayName).ToListAsync(ct);
            // Only sessions someone is expected at: regular ones, and make-up sessions with a recruit moved in.
            var withoutRollCall = await (from s in db.CohortSessions
                                         join m in db.CourseModules on s.CourseModuleId equals m.Id
                                         where s.CohortId == cohortId && s.EndsAt <= now && !db.RollCalls.Any(r => r.SessionId == s.Id)
                                               && (!s.IsMakeUp || db.MakeUpSeats.Any(seat => seat.SessionId == s.Id))
                                         orderby s.StartsAt
                                         select new SessionLabel(m.Number, m.Title, s.StartsAt, s.IsMakeUp)).ToListAsync(ct);
            var active = await (from e in db.Enrollments.Active()
                                join u in db.Users on e.RecruitUserId equals u.Id
                                where e.CohortId == cohortId
                                orderby u.DisplayName
                                select new { e.Id, u.DisplayName }).AsNoTracking().ToListAsync(ct);
            var refusal = CohortRules.CloseRefusal(cohort.State, lastRegularEnd, now);
            var outlook = new List<Outlook>();
            if (preview && refusal is null)
            {
                var decisions = await completion.CohortAsync(cohortId, ct);
                outlook.AddRange(active.Select(r => new Outlook(r.Id, r.DisplayName, decisions[r.Id].Result.Completed, decisions[r.Id].Result.Items)));
            }
            return (new Model(cohortId, cohort.Name, cohort.State, cohort.Version, cohort.TimeZoneId,
                refusal, openPostTests, withoutRollCall, active.Count) { Preview = outlook }, null);
        }
    }

    internal sealed class Handler(CurrentPerson person, AppDbContext db, CohortAccess access, Query query, RecruitCompletion completion, CompletionRecords records,
        CertificateIssuer certificates, PublicAddress publicAddress, AuditLog audit, TimeProvider clock, IStringLocalizer<CompletionStrings> t)
    {
        // The number of recruits who completed, of those decided.
        public async Task<Outcome<(int Completed, int Decided)>> HandleAsync(int cohortId, Command command, CancellationToken ct)
        {
            var (model, refusal) = await query.HandleAsync(cohortId, ct, preview: false);
            if (model is null)
                return Outcome<(int, int)>.Refused(refusal!);
            if (model.StateRefusal is { } notNow)
                return Outcome<(int, int)>.Invalid("", notNow);
            if (model.OpenPostTests.Count > 0)
                return Outcome<(int, int)>.Invalid("", $"{t[UnsettledRetakes]}: {string.Join(", ", model.OpenPostTests)}. "
                    + t["They submit their attempt first (or it is left, and the cohort closed later)."]);
            if (model.WithoutRollCall.Count > 0 && !command.ConfirmMissingRollCalls)
                return Outcome<(int, int)>.Invalid(nameof(Command.ConfirmMissingRollCalls), t[ConfirmMissingRollCalls]);
            if (!command.Confirmed)
                return Outcome<(int, int)>.Invalid(nameof(Command.Confirmed), t[NotConfirmed]);
            if (!publicAddress.Available("Closing a cohort (which issues its certificates)"))
                return Outcome<(int, int)>.Invalid("", t[NoPublicAddress]);

            var (cohort, stale) = await access.ForChangeAsync(cohortId, command.Version, ct);
            if (cohort is null)
                return Outcome<(int, int)>.Refused(stale!);
            // The last attendance change the decisions below can have read; anything later means they are out of date.
            var lastChange = await db.AttendanceChanges.Where(c => db.CohortSessions.Any(s => s.Id == c.SessionId && s.CohortId == cohortId))
                .MaxAsync(c => (long?)c.Id, ct) ?? 0;
            var active = (await db.Enrollments.Active().Where(e => e.CohortId == cohortId).Select(e => e.Id).ToListAsync(ct)).ToHashSet();
            var decisions = (await completion.CohortAsync(cohortId, ct)).Where(d => active.Contains(d.Key)).ToDictionary(d => d.Key, d => d.Value);

            await records.WriteAsync(decisions, person.UserId, ct);
            await certificates.SettleAsync(decisions.ToDictionary(d => d.Key, d => d.Value.Result.Completed), person.UserId, ct);
            var before = cohort.State;
            cohort.MoveTo(CohortState.Completed, clock.GetUtcNow().UtcDateTime);
            var completed = decisions.Values.Count(d => d.Result.Completed);
            audit.Record(person.UserId, cohortId, AuditSubjects.Cohort, AuditAction.Closed, new { State = before.ToString() },
                new { State = CohortState.Completed.ToString(), Completed = completed, NotCompleted = decisions.Count - completed,
                    SessionsWithoutRollCall = model.WithoutRollCall.Count });
            // One transaction: the records, their certificates, the cohort's move and its audit entry commit together, or (when another
            // change reached the cohort first) none of them. Once the cohort's row is written, a roll call still to
            // commit fails its version check (AttendanceBook), and one that committed meanwhile is seen here.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (!await access.TrySaveAsync(ct))
                return Outcome<(int, int)>.Conflict(CohortAccess.ConflictMessage);
            if (await db.AttendanceChanges.AnyAsync(c => c.Id > lastChange
                    && db.CohortSessions.Any(s => s.Id == c.SessionId && s.CohortId == cohortId), ct))
            {
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return Outcome<(int, int)>.Invalid("", t[AttendanceSavedMeanwhile]);
            }
            await transaction.CommitAsync(ct);
            return Outcome<(int, int)>.Ok((completed, decisions.Count));
        }
    }
}
