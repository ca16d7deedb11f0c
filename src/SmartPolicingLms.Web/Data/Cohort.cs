using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

internal enum CohortState
{
    Draft,
    Published,
    InProgress,
    Completed,
    Cancelled,
}

// A group of recruits taking one course version at one institution. The version is fixed for the
// cohort's whole life, so a changed curriculum never changes a course already running.
internal sealed class Cohort
{
    public int Id { get; private set; }
    public int InstitutionId { get; private set; }
    public int CourseVersionId { get; private set; }
    // The edition its recruits read and take tests in: the version's own language (the reference) or one of its
    // editions'. Chosen at creation; changed only while the cohort is a draft.
    public string Language { get; private set; } = "";
    public string Name { get; private set; } = "";
    public DateOnly StartDate { get; private set; }
    public DateOnly EndDate { get; private set; }
    public int Capacity { get; private set; }
    public CohortState State { get; private set; }
    // Secret for the cohort's iCalendar feed (calendar apps send no cookies); replaced to revoke it.
    public string CalendarToken { get; private set; } = "";
    public string CreatedByUserId { get; private set; } = "";
    // A short code an instructor shares so recruits can join themselves; null when joining is closed.
    public string? JoinCode { get; private set; }
    // Set when an instructor opens the post-test during the last session, before it ends.
    public DateTime? PostTestOpenedAt { get; private set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public List<CohortInstructor> Instructors { get; private set; } = [];
    public List<CohortSession> Sessions { get; private set; } = [];

    public static Cohort Create(int institutionId, int courseVersionId, string language, string name, DateOnly start, DateOnly end,
        int capacity, string createdBy, string calendarToken, DateTime now) => new()
    {
        InstitutionId = institutionId, CourseVersionId = courseVersionId, Language = language, Name = name.Trim(), StartDate = start, EndDate = end,
        Capacity = capacity, State = CohortState.Draft, CalendarToken = calendarToken, CreatedByUserId = createdBy,
        Version = 1, CreatedAt = now, UpdatedAt = now,
    };

    public void Update(string name, DateOnly start, DateOnly end, int capacity, DateTime now)
    {
        (Name, StartDate, EndDate, Capacity) = (name.Trim(), start, end, capacity);
        Touch(now);
    }

    // Only the moves CohortStates allows; anything else is a bug in the caller, not a user's mistake.
    public void MoveTo(CohortState state, DateTime now)
    {
        if (!State.CanMoveTo(state))
            throw new InvalidOperationException($"A cohort cannot move from {State} to {state}.");
        State = state;
        Touch(now);
    }

    public void ChooseEdition(string language, DateTime now)
    {
        if (!State.ChoosesEdition())
            throw new InvalidOperationException($"A cohort's edition cannot change once it is {State}.");
        Language = language;
        Touch(now);
    }

    public void ReplaceCalendarToken(string token, DateTime now)
    {
        CalendarToken = token;
        Touch(now);
    }

    public void SetJoinCode(string? code, DateTime now)
    {
        JoinCode = code;
        Touch(now);
    }

    public void OpenPostTest(DateTime now)
    {
        PostTestOpenedAt = now;
        Touch(now);
    }

    // Every change to the cohort or anything in it bumps the version, so two instructors editing at
    // once never silently overwrite each other.
    public void Touch(DateTime now)
    {
        Version++;
        UpdatedAt = now;
    }
}

// What each state of a cohort allows, asked of the state itself so that every page and handler reads one rule.
internal static class CohortStates
{
    public static bool CanMoveTo(this CohortState from, CohortState to) => (from, to) switch
    {
        (CohortState.Draft, CohortState.Published) => true,
        // Back to draft to rework the schedule; published cohorts cannot gain or lose sessions.
        (CohortState.Published, CohortState.Draft) => true,
        (CohortState.Published, CohortState.InProgress) => true,
        // Reached only by closing the cohort (Completion/CloseCohort), which settles every recruit's completion.
        (CohortState.InProgress, CohortState.Completed) => true,
        (CohortState.Published, CohortState.Completed) => true,
        (CohortState.Draft or CohortState.Published or CohortState.InProgress, CohortState.Cancelled) => true,
        _ => false,
    };

    // A state that only closing reaches: the state form refuses it.
    public static bool OnlyByClosing(this CohortState target) => target == CohortState.Completed;

    // Sessions are added, removed and drafted only while the cohort is a draft.
    public static bool PlansSessions(this CohortState state) => state == CohortState.Draft;

    // Recruits read one edition from the first day: it is chosen while the cohort is a draft, never after.
    public static bool ChoosesEdition(this CohortState state) => state == CohortState.Draft;

    // Details, times, rooms and slot decisions may still change once published, until the cohort ends.
    public static bool IsAdjustable(this CohortState state) => state is CohortState.Draft or CohortState.Published or CohortState.InProgress;

    // Make-up sessions are for a cohort under way: published, until it ends.
    public static bool TakesMakeUps(this CohortState state) => state is CohortState.Published or CohortState.InProgress;

    // A published cohort keeps every slot covered: a withdrawn organisation is replaced or the slot waived.
    public static bool ReopensSlots(this CohortState state) => state == CohortState.Draft;

    // A closed cohort's results, attendance and completion are final.
    public static bool IsClosed(this CohortState state) => state == CohortState.Completed;
}

internal sealed class CohortInstructor
{
    public int CohortId { get; init; }
    public required string UserId { get; init; }
    public bool IsLead { get; set; }
}

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> cohort)
    {
        cohort.HasOne<Institution>().WithMany().HasForeignKey(c => c.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        cohort.HasOne<CourseVersion>().WithMany().HasForeignKey(c => c.CourseVersionId).OnDelete(DeleteBehavior.Restrict);
        cohort.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.CreatedByUserId).OnDelete(DeleteBehavior.Restrict);
        cohort.Property(c => c.Name).HasMaxLength(200);
        cohort.Property(c => c.Language).HasMaxLength(35);
        cohort.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        cohort.Property(c => c.CalendarToken).HasMaxLength(64);
        cohort.HasIndex(c => c.CalendarToken).IsUnique();
        cohort.Property(c => c.JoinCode).HasMaxLength(20);
        cohort.HasIndex(c => c.JoinCode).IsUnique();
        cohort.Property(c => c.Version).IsConcurrencyToken();
        cohort.HasMany(c => c.Instructors).WithOne().HasForeignKey(i => i.CohortId).OnDelete(DeleteBehavior.Cascade);
        cohort.HasMany(c => c.Sessions).WithOne().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CohortInstructorConfiguration : IEntityTypeConfiguration<CohortInstructor>
{
    public void Configure(EntityTypeBuilder<CohortInstructor> instructor)
    {
        instructor.HasKey(i => new { i.CohortId, i.UserId });
        instructor.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
