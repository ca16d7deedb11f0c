using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Learning;

// "I have read this" on a self-study module: recorded once with its time; a second press, a double submit or a
// replayed post leaves the first record as it is.
internal static class MarkModuleRead
{
    static readonly IStringLocalizer T = Localizers.For<LearningStrings>();

    internal sealed record Command(int CohortId, string ModuleKey);

    internal sealed class Handler(AppDbContext db, CohortAccess access, TimeProvider clock)
    {
        public async Task<Outcome<DateTime>> HandleAsync(Command command, CancellationToken ct)
        {
            if (await access.RecruitPlaceAsync(command.CohortId, ct) is not { } place)
                return Outcome<DateTime>.NotFound(T["There is no such module in your cohorts."]);
            var module = await db.CourseModules.AsNoTracking()
                .Where(m => m.CourseVersionId == place.CourseVersionId && m.Key == command.ModuleKey)
                .Select(m => new { m.Id, m.Delivery }).SingleOrDefaultAsync(ct);
            if (module is null)
                return Outcome<DateTime>.NotFound(T["There is no such module in your cohorts."]);
            if (module.Delivery != Delivery.SelfStudy)
                return Outcome<DateTime>.Invalid("", T["This module is taught in sessions; attendance is taken there."]);

            if (await ReadAtAsync(place.EnrollmentId, module.Id, ct) is { } earlier)
                return Outcome<DateTime>.Ok(earlier);
            var completion = new ModuleCompletion
            {
                EnrollmentId = place.EnrollmentId, CourseModuleId = module.Id, CompletedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.ModuleCompletions.Add(completion);
            try
            {
                await db.SaveChangesAsync(ct);
                return Outcome<DateTime>.Ok(completion.CompletedAt);
            }
            catch (DbUpdateException)
            {
                // The same press arrived twice at once and the other one was saved first: its time stands.
                db.ChangeTracker.Clear();
                return await ReadAtAsync(place.EnrollmentId, module.Id, ct) is { } first
                    ? Outcome<DateTime>.Ok(first)
                    : throw new InvalidOperationException("The module could not be marked as read.");
            }
        }

        Task<DateTime?> ReadAtAsync(int enrollmentId, int moduleId, CancellationToken ct) =>
            db.ModuleCompletions.AsNoTracking().Where(c => c.EnrollmentId == enrollmentId && c.CourseModuleId == moduleId)
                .Select(c => (DateTime?)c.CompletedAt).SingleOrDefaultAsync(ct);
    }
}
