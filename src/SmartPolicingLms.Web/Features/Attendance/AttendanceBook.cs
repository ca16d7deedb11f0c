using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.Attendance;

internal sealed record MarkChange(int EnrollmentId, AttendanceMark? Before, AttendanceMark After);

// What a save of marks came to: the changes written, or (when the roll call moved on since the page was read)
// nothing written and the changes someone else made in between, for the instructor to decide on.
internal sealed record AttendanceWrite(IReadOnlyList<MarkChange> Written, IReadOnlyList<SavedChange>? Conflict, int Version)
{
    public bool Conflicted => Conflict is not null;
    // Set when nothing was written because a mark named someone no longer on the session's roster (withdrawn or moved
    // after the caller checked): the caller shows this and the person tries again from a fresh page.
    public string? Refused { get; init; }
}

// A change made by someone else since the page was read.
internal sealed record SavedChange(int EnrollmentId, AttendanceMark? Before, AttendanceMark After, string ChangedByUserId, DateTime ChangedAt);

// The one write path for attendance marks, used by the roll call and the sign-in sheet import, so both record
// every change (who, when, before, after), both respect the roll call's version, and neither records a session
// before its roll call opens (RollCallWindow).
internal sealed class AttendanceBook(AppDbContext db, SessionRoster roster, CompletionRecords completionRecords, RollCallWindow window,
    TimeProvider clock)
{
    static readonly IStringLocalizer T = Localizers.For<AttendanceStrings>();

    public static string RosterChanged =>
        T["Someone on this list was withdrawn or moved while you were working, so nothing was saved. Open the page again and save once more."];
    public static string ClosedMeanwhile =>
        T["The cohort was closed while you were working, so nothing was saved. Its attendance is now frozen: open the page again and give a reason for the change."];
    public static string ClosedNeedsReason =>
        T["This cohort is closed, so its attendance is frozen. Say why this record is being changed."];

    // Writes the marks given (recruits left out keep theirs) in one transaction. basedOnVersion is the roll-call
    // version the instructor's page was filled from; null means the caller takes responsibility for overwriting
    // (an import, which shows what it changed). Marks for recruits not on the session's roster are refused by
    // the caller beforehand; if the roster changed in between, nothing is written and the write says so (Refused).
    public async Task<AttendanceWrite> RecordAsync(int sessionId, int? basedOnVersion, IReadOnlyDictionary<int, AttendanceMark> marks,
        AttendanceSource source, string by, string? reason, CancellationToken ct,
        Action<RollCall>? alongside = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The cohort is read here, tracked, and its version checked again when the marks are saved (see below), so a
        // save can never slip in beside the cohort being closed.
        var cohort = await db.Cohorts.SingleAsync(c => db.CohortSessions.Any(s => s.Id == sessionId && s.CohortId == c.Id), ct);
        if (Refusal(cohort.State, reason) is { } refusal)
            return new AttendanceWrite([], null, 0) { Refused = refusal };
        if (await window.RefusalAsync(sessionId, ct) is { } notOpen)
            return new AttendanceWrite([], null, 0) { Refused = notOpen };
        var rollCall = await db.RollCalls.SingleOrDefaultAsync(r => r.SessionId == sessionId, ct);
        var current = rollCall?.Version ?? 0;
        if (basedOnVersion is { } based && based != current)
            return new AttendanceWrite([], await ChangesSinceAsync(sessionId, based, ct), current);

        var expected = (await roster.EnrollmentIdsAsync(sessionId, ct)).ToHashSet();
        if (marks.Keys.Any(id => !expected.Contains(id)))
            return new AttendanceWrite([], null, current) { Refused = RosterChanged };

        if (rollCall is null)
            db.RollCalls.Add(rollCall = RollCall.Start(sessionId, by, now));
        rollCall.Saved(by, now);

        var records = await db.AttendanceRecords.Where(r => r.SessionId == sessionId).ToDictionaryAsync(r => r.EnrollmentId, ct);
        var written = new List<MarkChange>();
        foreach (var (enrollmentId, mark) in marks)
        {
            records.TryGetValue(enrollmentId, out var record);
            var before = record?.Mark;
            if (before == mark)
                continue;
            written.Add(new MarkChange(enrollmentId, before, mark));
            if (record is null)
                db.AttendanceRecords.Add(AttendanceRecord.Create(sessionId, enrollmentId, mark, by, now));
            else
                record.Change(mark, by, now);
            db.AttendanceChanges.Add(new AttendanceChange
            {
                SessionId = sessionId, EnrollmentId = enrollmentId, Before = before, After = mark,
                RollCallVersion = rollCall.Version, Source = source, ChangedByUserId = by, ChangedAt = now,
                Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
            });
        }
        alongside?.Invoke(rollCall);

        // Closing moves the cohort's version on. Saving the version unchanged makes the database check it is still the
        // one read above: a roll call that raced a closing fails here and writes nothing, instead of changing marks
        // the stored completion records no longer follow. Roll calls of other sessions leave it unchanged, so they
        // never refuse each other.
        db.Entry(cohort).Property(c => c.Version).IsModified = true;

        // A closed cohort's completion records follow a corrected mark in the same transaction: the mark and the
        // decision certificates are issued from commit together or not at all.
        var closed = written.Count > 0 && cohort.State == CohortState.Completed;
        await using var transaction = closed ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                foreach (var change in written)
                    await completionRecords.RefreshAsync(change.EnrollmentId, by, ct);
                await transaction.CommitAsync(ct);
            }
        }
        catch (DbUpdateException)
        {
            // Another save reached the roll call first (its version moved, or both created it at once). Nothing of
            // this save was written; an import simply runs again against the new version.
            if (transaction is not null)
                await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (cohort.State != CohortState.Completed
                && await db.Cohorts.AnyAsync(c => c.Id == cohort.Id && c.State == CohortState.Completed, ct))
                return new AttendanceWrite([], null, current) { Refused = ClosedMeanwhile };
            var latest = await db.RollCalls.AsNoTracking().Where(r => r.SessionId == sessionId).Select(r => r.Version).SingleAsync(ct);
            return new AttendanceWrite([], await ChangesSinceAsync(sessionId, basedOnVersion ?? current, ct), latest);
        }
        return new AttendanceWrite(written, null, rollCall.Version);
    }

    // The changes saved after the given version, the latest per recruit, oldest first.
    public async Task<IReadOnlyList<SavedChange>> ChangesSinceAsync(int sessionId, int version, CancellationToken ct)
    {
        var changes = await db.AttendanceChanges.AsNoTracking()
            .Where(c => c.SessionId == sessionId && c.RollCallVersion > version)
            .OrderBy(c => c.Id)
            .Select(c => new SavedChange(c.EnrollmentId, c.Before, c.After, c.ChangedByUserId, c.ChangedAt))
            .ToListAsync(ct);
        return changes.GroupBy(c => c.EnrollmentId)
            .Select(g => g.Last() with { Before = g.First().Before })
            .OrderBy(c => c.ChangedAt).ToList();
    }

    // Closed cohorts are frozen: a change needs a reason, recorded with it. Cancelled cohorts take no attendance.
    public static string? Refusal(CohortState state, string? reason) => state switch
    {
        CohortState.Cancelled => T["This cohort was cancelled; its sessions take no attendance."],
        CohortState.Draft => T["This cohort is still a draft. Publish it before taking attendance."],
        CohortState.Completed when string.IsNullOrWhiteSpace(reason) => ClosedNeedsReason,
        _ => null,
    };
}
