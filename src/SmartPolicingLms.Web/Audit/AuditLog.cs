using System.Text.Json;

namespace SmartPolicingLms.Web.Audit;

// Adds an audit entry to the same unit of work as the change it describes, so a change and its record
// are saved together or not at all. Callers pass small snapshot records; never a co-trainer's name or
// contact (name the organisation, or say that a co-trainer was named).
// What the entry is about and what happened are codes, worded when the entry is shown.
internal sealed class AuditLog(AppDbContext db, TimeProvider clock)
{
    static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public void Record(string userId, int? cohortId, AuditTopic about, AuditAction action, object? before, object? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            CohortId = cohortId,
            Subject = about.Subject,
            SubjectArguments = about.Arguments.Count == 0 ? null : JsonSerializer.Serialize(about.Arguments, Json),
            Action = action,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });
}
