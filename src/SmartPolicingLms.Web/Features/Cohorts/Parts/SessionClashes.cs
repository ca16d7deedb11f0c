using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Cohorts;

// A session about to be saved; Label says which one when several are checked at once (a drafted schedule).
internal sealed record PlannedSession(DateTime StartsAt, DateTime EndsAt, string Location, IReadOnlyCollection<string> InstructorIds,
    string? Label = null);

// Double-booking: an instructor teaching two sessions at once (any cohort), or one room holding two sessions at
// once (same institution). Sessions of cancelled cohorts do not count. The clash is named: it is the
// institution's own timetable. The check locks the instructors and rooms it asks about, so it must run in the
// transaction that saves the sessions.
internal sealed class SessionClashes(AppDbContext db)
{
    static readonly IStringLocalizer T = Localizers.For<CohortsStrings>();

    const int MostShown = 5;

    sealed record Other(DateTime StartsAt, DateTime EndsAt, string Location, string LocationKey, int InstitutionId, string Cohort,
        int ModuleNumber, string ModuleTitle, List<string> InstructorIds);

    public async Task<List<ValidationFailure>> FindAsync(int institutionId, IReadOnlyList<PlannedSession> planned,
        IReadOnlyCollection<int> replacedSessionIds, TimeZoneInfo zone, CancellationToken ct)
    {
        if (planned.Count == 0)
            return [];
        var (from, to) = (planned.Min(p => p.StartsAt), planned.Max(p => p.EndsAt));
        var instructorIds = planned.SelectMany(p => p.InstructorIds).Distinct().ToList();
        var rooms = planned.Select(p => CohortSession.Fold(p.Location)).Distinct().ToList();
        await db.LockAsync([.. instructorIds.Select(RuleLock.Instructor), .. rooms.Select(room => RuleLock.Room(institutionId, room))], ct);
        var others = await db.CohortSessions.AsNoTracking()
            .Where(s => s.StartsAt < to && from < s.EndsAt && !replacedSessionIds.Contains(s.Id))
            .Join(db.Cohorts.Where(c => c.State != CohortState.Cancelled), s => s.CohortId, c => c.Id, (s, c) => new { s, c })
            .Where(x => (x.c.InstitutionId == institutionId && rooms.Contains(x.s.LocationKey))
                || x.s.Instructors.Any(i => instructorIds.Contains(i.UserId)))
            .Select(x => new Other(x.s.StartsAt, x.s.EndsAt, x.s.Location, x.s.LocationKey, x.c.InstitutionId, x.c.Name,
                db.CourseModules.Where(m => m.Id == x.s.CourseModuleId).Select(m => m.Number).Single(),
                db.CourseModules.Where(m => m.Id == x.s.CourseModuleId).Select(m => m.Title).Single(),
                x.s.Instructors.Select(i => i.UserId).ToList()))
            .ToListAsync(ct);
        if (others.Count == 0)
            return [];
        var names = await db.Users.AsNoTracking().Where(u => instructorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var failures = new List<ValidationFailure>();
        foreach (var session in planned)
        {
            var prefix = session.Label is null ? "" : session.Label + ": ";
            foreach (var other in others.Where(o => o.StartsAt < session.EndsAt && session.StartsAt < o.EndsAt))
            {
                var where = Describe(other, institutionId, zone);
                foreach (var clash in session.InstructorIds.Intersect(other.InstructorIds))
                    failures.Add(new(nameof(ISessionFields.InstructorIds), prefix + T["{0} already teaches at that time: {1}.", names.GetValueOrDefault(clash) ?? T["An instructor"], where]));
                if (other.InstitutionId == institutionId && other.LocationKey == CohortSession.Fold(session.Location))
                    failures.Add(new(nameof(ISessionFields.Location), prefix + T["{0} is already booked at that time: {1}.", other.Location, where]));
            }
        }
        return failures.Count <= MostShown ? failures
            : [.. failures.Take(MostShown), new ValidationFailure("", T.Plural(failures.Count - MostShown, "…and {0} more clash.|…and {0} more clashes."))];
    }

    static string Describe(Other other, int institutionId, TimeZoneInfo zone)
    {
        var span = LocalTime.Span(LocalTime.ToLocal(other.StartsAt, zone), LocalTime.ToLocal(other.EndsAt, zone));
        // Another institution's timetable is not this one's to read.
        return other.InstitutionId == institutionId
            ? T["'{0}', module {1} '{2}', {3}", other.Cohort, other.ModuleNumber, other.ModuleTitle, span]
            : T["a session at another institution, {0}", span];
    }
}
