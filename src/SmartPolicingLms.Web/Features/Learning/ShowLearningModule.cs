using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.Learning;

// One module of the recruit's cohort, from the course version the cohort runs: its text, and for a contact module
// its sessions with who co-teaches them, named as the design allows (organisation; chosen name only with consent).
internal sealed class ShowLearningModule(AppDbContext db, CohortAccess access, RecruitCompletion completion, TimeProvider clock)
{
    static readonly IStringLocalizer T = Localizers.For<LearningStrings>();

    internal sealed record Model(int CohortId, string CohortName, string Key, int Number, string Title, decimal Hours, Delivery Delivery,
        string Html, IReadOnlyList<string> Objectives, DateTime? ReadAt, IReadOnlyList<SessionLine> Sessions, string TimeZoneId,
        Neighbour? Previous, Neighbour? Next)
    {
        // The edition's language, for the lang of the course's words on the page.
        public string Language { get; init; } = "";
    }

    internal sealed record SessionLine(string When, string Location, bool Over, IReadOnlyList<string> CoTeachers);

    internal sealed record Neighbour(string Key, string Title);

    // Null when the recruit has no active place in the cohort or the cohort's course has no such module.
    public async Task<Model?> HandleAsync(int cohortId, string moduleKey, CancellationToken ct)
    {
        if (await access.RecruitPlaceAsync(cohortId, ct) is not { } place)
            return null;
        var module = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == place.CourseVersionId && m.Key == moduleKey)
            .Select(m => new
            {
                m.Id, m.Key, m.Number, m.Title, m.Hours, m.Delivery, m.Html,
                Objectives = m.Objectives.OrderBy(o => o.Position).Select(o => new { o.Id, o.Text }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (module is null)
            return null;
        // The cohort's edition, when it is not the reference: its words over the version's.
        var edition = await db.EditionIdAsync(place.CourseVersionId, place.Language, ct);
        var modules = await db.ModuleWordsAsync(edition, instructors: false, ct);
        var objectives = await db.ObjectiveWordsAsync(edition, ct);
        var words = modules.GetValueOrDefault(module.Id);
        // Read in an earlier cohort the recruit transferred from counts as read here.
        var lineage = await completion.LineageAsync(place.EnrollmentId, ct);
        var readAt = await db.ModuleCompletions.AsNoTracking()
            .Where(c => lineage.Contains(c.EnrollmentId) && c.CourseModuleId == module.Id)
            .MinAsync(c => (DateTime?)c.CompletedAt, ct);
        var neighbours = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == place.CourseVersionId && (m.Number == module.Number - 1 || m.Number == module.Number + 1))
            .Select(m => new { m.Id, m.Number, m.Key, m.Title }).ToListAsync(ct);
        Neighbour? Beside(bool before) => neighbours.Where(n => before ? n.Number < module.Number : n.Number > module.Number)
            .Select(n => new Neighbour(n.Key, modules.GetValueOrDefault(n.Id)?.Title ?? n.Title)).SingleOrDefault();

        return new Model(cohortId, place.CohortName, module.Key, module.Number, words?.Title ?? module.Title, module.Hours, module.Delivery,
            words?.Html ?? module.Html, [.. module.Objectives.Select(o => objectives.GetValueOrDefault(o.Id) ?? o.Text)], readAt,
            await SessionsAsync(cohortId, place.EnrollmentId, module.Id, place.TimeZoneId, ct), place.TimeZoneId, Beside(before: true), Beside(before: false))
        {
            Language = place.Language,
        };
    }

    // The module's regular sessions, and a make-up session only for a recruit moved into it.
    async Task<List<SessionLine>> SessionsAsync(int cohortId, int enrollmentId, int moduleId, string timeZoneId, CancellationToken ct)
    {
        var sessions = (await db.CohortSessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.CourseModuleId == moduleId
                && (!s.IsMakeUp || db.MakeUpSeats.Any(m => m.SessionId == s.Id && m.EnrollmentId == enrollmentId)))
            .Include(s => s.Slots).ToListAsync(ct)).OrderBy(s => s.StartsAt).ToList();
        var slots = sessions.SelectMany(s => s.Slots).ToList();
        var organisationIds = slots.Select(s => s.PartnerOrganisationId).OfType<int>().Distinct().ToList();
        var coTrainerIds = slots.Select(s => s.CoTrainerId).OfType<int>().Distinct().ToList();
        var organisations = await db.PartnerOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        // Only names their owners agreed to show ever leave the database for this page.
        var named = await db.CoTrainers.AsNoTracking().NamedOnly().Where(c => coTrainerIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.ChosenName, ct);
        var zone = LocalTime.Zone(timeZoneId);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. sessions.Select(s => new SessionLine((s.IsMakeUp ? T["Make-up session:"] + " " : "") + LearningText.Session(s.StartsAt, s.EndsAt, zone), s.Location, s.EndsAt <= now,
            [.. s.Slots.OrderBy(p => p.Position).Select(p => CoTeacher(p, organisations, named)).OfType<string>()]))];
    }

    // The slot's community is left out on purpose: beside a chosen name it would say something about that person.
    static string? CoTeacher(SessionSlot slot, Dictionary<int, string> organisations, Dictionary<int, string> named)
    {
        var role = slot.Role == SlotRole.LeadTrainer ? T["Lead trainer"] : T["Co-trainer"];
        return slot.Coverage switch
        {
            SlotCoverage.Waived => null,
            SlotCoverage.Open => T["{0}: to be confirmed", role],
            _ => $"{role}: " + CohortText.FilledBy(organisations.GetValueOrDefault(slot.PartnerOrganisationId ?? 0), slot.CoTrainerId is not null,
                slot.CoTrainerId is { } id ? named.GetValueOrDefault(id) : null, toRecruit: true),
        };
    }
}
