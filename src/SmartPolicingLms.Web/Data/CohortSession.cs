using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// One sitting of a contact module. A module may be split across several sessions. Times are stored in
// UTC and shown in the institution's time zone.
internal sealed class CohortSession
{
    public int Id { get; private set; }
    public int CohortId { get; private set; }
    public int CourseModuleId { get; private set; }
    public DateTime StartsAt { get; private set; }
    public DateTime EndsAt { get; private set; }
    public string Location { get; private set; } = "";
    // Location folded for comparison, so "Room 2" and "room 2 " are the same room when checking double-booking.
    public string LocationKey { get; private set; } = "";
    // A make-up session recovers a module for the recruits moved into it (MakeUpSeat). It is not part of the
    // module's regular time, so it neither counts toward the schedule's hours nor dilutes a session's share.
    public bool IsMakeUp { get; private set; }
    public List<SessionInstructor> Instructors { get; private set; } = [];
    public List<SessionSlot> Slots { get; private set; } = [];

    public TimeSpan Length => EndsAt - StartsAt;

    public static CohortSession Create(int courseModuleId, DateTime startsAt, DateTime endsAt, string location,
        IEnumerable<ModuleSlot> moduleSlots, bool isMakeUp = false) => new()
    {
        IsMakeUp = isMakeUp, CourseModuleId = courseModuleId, StartsAt = startsAt, EndsAt = endsAt, Location = location.Trim(), LocationKey = Fold(location),
        Slots = moduleSlots.OrderBy(s => s.Position).Select(s => SessionSlot.Open(s.Community, s.Role, s.Position)).ToList(),
    };

    public void Reschedule(DateTime startsAt, DateTime endsAt, string location) =>
        (StartsAt, EndsAt, Location, LocationKey) = (startsAt, endsAt, location.Trim(), Fold(location));

    public bool Overlaps(DateTime startsAt, DateTime endsAt) => StartsAt < endsAt && startsAt < EndsAt;

    public static string Fold(string location) => string.Join(' ', location.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

internal sealed class SessionInstructor
{
    public int SessionId { get; init; }
    public required string UserId { get; init; }
}

internal sealed class CohortSessionConfiguration : IEntityTypeConfiguration<CohortSession>
{
    public void Configure(EntityTypeBuilder<CohortSession> session)
    {
        session.HasOne<CourseModule>().WithMany().HasForeignKey(s => s.CourseModuleId).OnDelete(DeleteBehavior.Restrict);
        session.Property(s => s.Location).HasMaxLength(200);
        session.Property(s => s.LocationKey).HasMaxLength(200);
        session.HasIndex(s => new { s.LocationKey, s.StartsAt });
        session.HasMany(s => s.Instructors).WithOne().HasForeignKey(i => i.SessionId).OnDelete(DeleteBehavior.Cascade);
        session.HasMany(s => s.Slots).WithOne().HasForeignKey(s => s.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionInstructorConfiguration : IEntityTypeConfiguration<SessionInstructor>
{
    public void Configure(EntityTypeBuilder<SessionInstructor> instructor)
    {
        instructor.HasKey(i => new { i.SessionId, i.UserId });
        instructor.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}
