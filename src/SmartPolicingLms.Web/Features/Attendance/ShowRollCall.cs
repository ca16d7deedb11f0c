using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Attendance;

// The roll-call page: the session, the recruits its roll call lists with their stored marks, its co-trainer slots
// by community and organisation (never a co-trainer's name), and the change log. Only the cohort's instructors.
internal sealed class ShowRollCall(AppDbContext db, CohortAccess access, SessionRoster roster, RollCallWindow window)
{
    static readonly IStringLocalizer T = Localizers.For<AttendanceStrings>();

    public static string NoSuchSession => T["There is no such session in this cohort."];

    internal sealed record Model(int CohortId, string CohortName, CohortState State, int Version, string Module, string When,
        string Place, bool IsMakeUp, string? LastSaved, IReadOnlyList<Recruit> Recruits, IReadOnlyList<Slot> Slots,
        IReadOnlyList<ChangeLine> Log, TimeZoneInfo Zone)
    {
        // When the roll call opens (institution time), while it is not open yet: the page says so instead of
        // offering a save the server would refuse.
        public string? OpensAt { get; init; }
    }

    internal sealed record Recruit(int EnrollmentId, string Name, string? ServiceNumber, AttendanceMark? Stored);

    internal sealed record Slot(int Id, Community Community, SlotRole Role, SlotCoverage Coverage, string? Organisation, bool? Delivered)
    {
        // Waived and open slots had nobody planned, so they cannot have been delivered.
        public bool CanBeDelivered => Coverage is SlotCoverage.FilledByOrganisation or SlotCoverage.Named;
    }

    // Null with a refusal when the person asking may not take this roll call: not found answers
    // as if nothing were there, forbidden is a refusal of someone who may only view the cohort.
    // withLog false leaves the change log out: a save that succeeds redirects and never shows it.
    public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(int cohortId, int sessionId, CancellationToken ct,
        bool withLog = true)
    {
        var right = await access.RightAsync(cohortId, ct);
        if (right != CohortRight.Change)
            return (null, CohortAccess.RefusalFor(right));
        var session = await db.CohortSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.CohortId == cohortId, ct);
        if (session is null)
            return (null, Refusal.NotFound(NoSuchSession));

        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.Name, c.State, Zone = db.Institutions.Where(i => i.Id == c.InstitutionId).Select(i => i.TimeZoneId).Single() })
            .SingleAsync(ct);
        var zone = LocalTime.Zone(cohort.Zone);
        var module = await db.CourseModules.AsNoTracking().Where(m => m.Id == session.CourseModuleId)
            .Select(m => new { m.Number, m.Title }).SingleAsync(ct);
        var rollCall = await db.RollCalls.AsNoTracking().SingleOrDefaultAsync(r => r.SessionId == sessionId, ct);

        var slots = await db.SessionSlots.AsNoTracking().Where(s => s.SessionId == sessionId).OrderBy(s => s.Position)
            .Select(s => new Slot(s.Id, s.Community, s.Role,
                SessionSlot.CoverageOf(s.WaiverReason, s.CoTrainerId, s.PartnerOrganisationId),
                db.PartnerOrganisations.Where(o => o.Id == s.PartnerOrganisationId).Select(o => o.Name).SingleOrDefault(),
                s.Delivered))
            .ToListAsync(ct);

        var names = new Dictionary<string, string>();
        var lastSaved = rollCall is null ? null
            : $"{await NameAsync(names, rollCall.UpdatedByUserId, ct)}, {LocalTime.At(LocalTime.ToLocal(rollCall.UpdatedAt, zone))}";
        var recruits = await RecruitsAsync(sessionId, ct);
        var log = withLog ? await LogAsync(sessionId, recruits, names, zone, ct) : [];

        return (new Model(cohortId, cohort.Name, cohort.State, rollCall?.Version ?? 0, T["Module {0}: {1}", module.Number, module.Title],
            LocalTime.Span(LocalTime.ToLocal(session.StartsAt, zone), LocalTime.ToLocal(session.EndsAt, zone)), session.Location,
            session.IsMakeUp, lastSaved, recruits, slots, log, zone) { OpensAt = window.OpensLater(session.StartsAt, zone) }, null);
    }

    async Task<IReadOnlyList<Recruit>> RecruitsAsync(int sessionId, CancellationToken ct) =>
        [.. (await roster.RecruitsAsync(sessionId, ct)).Select(r => new Recruit(r.EnrollmentId, r.Name, r.ServiceNumber, r.Mark))];

    // Newest first: the instructor reading it wants to know what happened last.
    async Task<IReadOnlyList<ChangeLine>> LogAsync(int sessionId, IReadOnlyList<Recruit> recruits, Dictionary<string, string> names,
        TimeZoneInfo zone, CancellationToken ct)
    {
        var changes = await db.AttendanceChanges.AsNoTracking().Where(c => c.SessionId == sessionId).OrderByDescending(c => c.Id)
            .ToListAsync(ct);
        var lines = new List<ChangeLine>(changes.Count);
        foreach (var c in changes)
            lines.Add(new ChangeLine(LocalTime.At(LocalTime.ToLocal(c.ChangedAt, zone)), await NameAsync(names, c.ChangedByUserId, ct),
                await RecruitNameAsync(recruits, c.EnrollmentId, ct), AttendanceText.Of(c.Before), AttendanceText.Of(c.After),
                AttendanceText.Of(c.Source), c.Reason));
        return lines;
    }

    // What someone else saved since this instructor's page was read, in words: recruit, who, when.
    public async Task<IReadOnlyList<ChangeLine>> DescribeAsync(Model model, IReadOnlyList<SavedChange> changes, CancellationToken ct)
    {
        var names = new Dictionary<string, string>();
        var lines = new List<ChangeLine>(changes.Count);
        foreach (var c in changes)
            lines.Add(new ChangeLine(LocalTime.At(LocalTime.ToLocal(c.ChangedAt, model.Zone)), await NameAsync(names, c.ChangedByUserId, ct),
                await RecruitNameAsync(model.Recruits, c.EnrollmentId, ct), AttendanceText.Of(c.Before), AttendanceText.Of(c.After), null, null));
        return lines;
    }

    async Task<string> NameAsync(Dictionary<string, string> names, string userId, CancellationToken ct)
    {
        if (!names.TryGetValue(userId, out var name))
            names[userId] = name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? T["A former user"];
        return name;
    }

    async Task<string> RecruitNameAsync(IReadOnlyList<Recruit> recruits, int enrollmentId, CancellationToken ct) =>
        recruits.FirstOrDefault(r => r.EnrollmentId == enrollmentId)?.Name
        ?? await db.Enrollments.Where(e => e.Id == enrollmentId).Join(db.Users, e => e.RecruitUserId, u => u.Id, (e, u) => u.DisplayName)
            .SingleOrDefaultAsync(ct) ?? T["A recruit"];
}

// One change to a mark as people read it. Public, with words only, because the components that show it are public.
public sealed record ChangeLine(string At, string By, string Recruit, string Before, string After, string? Source, string? Reason);
