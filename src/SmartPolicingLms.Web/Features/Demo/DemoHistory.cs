using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Enrolment;
using SmartPolicingLms.Web.Features.Learning;
using SmartPolicingLms.Web.Links;

namespace SmartPolicingLms.Web.Features.Demo;

// Walks a demo cohort through what its lead instructor would have done so far, with the app's own use cases, so the
// results, the board, the registers and the audit log show real data: the roster is imported, every co-trainer slot
// is filled by a partner organisation of the cohort's country serving its community (or waived when there is
// none), the cohort is published and started, pre-tests are entered from paper, a roll call is taken for every
// session that has ended, and a closed cohort also gets its post-tests and is closed.
internal sealed class DemoHistory(
    AppDbContext db,
    CurrentPerson person,
    ImportRoster.Handler importRoster,
    FillSlot.Handler fillSlot,
    WaiveSlot.Handler waiveSlot,
    ChangeCohortState.Handler changeState,
    EnterPaperTest.Query paperTests,
    EnterPaperTest.Handler enterPaperTest,
    TakeRollCall.Handler takeRollCall,
    CloseCohort.Handler closeCohort,
    MarkModuleRead.Handler markModuleRead,
    PublicAddress publicAddress,
    TimeProvider clock,
    ILogger<DemoHistory> logger)
{
    public async Task LiveAsync(int cohortId, string leadId, bool close, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Join(db.Institutions, c => c.InstitutionId, i => i.Id, (c, i) => new { c.InstitutionId, i.CountryCode })
            .SingleAsync(ct);
        person.Become(leadId, [Roles.Instructor], cohort.InstitutionId, []);

        var imported = Check(await importRoster.HandleAsync(new ImportRoster.Command(cohortId, DemoRecruits.RosterFile(cohort.CountryCode)), ct));
        if (!close && imported.Sheet.FirstOrDefault(r => r.Code is not null) is { } first)
            logger.LogWarning("Demo recruit enrolled: {Name}, service number {ServiceNumber}. Sign in at /code with the one-time code {Code} and choose a password.",
                first.Name, first.SignInName, first.Code);

        await DecideSlotsAsync(cohortId, ct);
        Check(await changeState.HandleAsync(new ChangeCohortState.Command
        {
            CohortId = cohortId, Version = await VersionAsync(cohortId, ct), Target = CohortState.Published, ConfirmLegalReview = true,
        }, ct));
        Check(await changeState.HandleAsync(new ChangeCohortState.Command
        {
            CohortId = cohortId, Version = await VersionAsync(cohortId, ct), Target = CohortState.InProgress,
        }, ct));

        var enrollments = await db.Enrollments.AsNoTracking().Where(e => e.CohortId == cohortId).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct);
        // In a cohort still running, the last recruit has not sat the pre-test yet.
        await PaperTestsAsync(cohortId, close ? enrollments : enrollments.SkipLast(1).ToList(), enrollments.Count, TestKind.Pre, ct);
        await RollCallsAsync(cohortId, enrollments, ct);
        // Recruits read the self-study modules on their own; in a cohort still running, only the first half has.
        await ReadSelfStudyAsync(cohortId, close ? enrollments.Count : enrollments.Count / 2, ct);
        person.Become(leadId, [Roles.Instructor], cohort.InstitutionId, []);
        if (!close)
            return;
        await PaperTestsAsync(cohortId, enrollments, enrollments.Count, TestKind.Post, ct);
        // Closing issues certificates, which need the installation's public address (always known outside production).
        if (!publicAddress.Available("Closing the demo cohort"))
            return;
        Check(await closeCohort.HandleAsync(cohortId, new CloseCohort.Command
        {
            Version = await VersionAsync(cohortId, ct), ConfirmMissingRollCalls = true, Confirmed = true,
        }, ct));
    }

    async Task DecideSlotsAsync(int cohortId, CancellationToken ct)
    {
        var country = await db.Cohorts.Where(c => c.Id == cohortId)
            .Join(db.Institutions, c => c.InstitutionId, i => i.Id, (c, i) => i.CountryCode).SingleAsync(ct);
        var organisations = await db.PartnerOrganisations.AsNoTracking().Where(o => o.CountryCode == country)
            .OrderBy(o => o.Id).ToListAsync(ct);
        var slots = await db.SessionSlots.AsNoTracking()
            .Where(p => db.CohortSessions.Any(s => s.Id == p.SessionId && s.CohortId == cohortId))
            .OrderBy(p => p.SessionId).ThenBy(p => p.Position).ToListAsync(ct);
        foreach (var slot in slots)
        {
            var version = await VersionAsync(cohortId, ct);
            Check(organisations.FirstOrDefault(o => o.Serves(slot.Community)) is { } organisation
                ? await fillSlot.HandleAsync(new FillSlot.Command
                {
                    CohortId = cohortId, Version = version, SlotId = slot.Id, OrganisationId = organisation.Id,
                }, ct)
                : await waiveSlot.HandleAsync(new WaiveSlot.Command
                {
                    CohortId = cohortId, Version = version, SlotId = slot.Id,
                    Reason = "No partner organisation in this country works with this community yet (demo data).",
                }, ct));
        }
    }

    async Task PaperTestsAsync(int cohortId, IReadOnlyList<int> enrollments, int recruits, TestKind kind, CancellationToken ct)
    {
        for (var recruit = 0; recruit < enrollments.Count; recruit++)
        {
            var (model, refusal) = await paperTests.HandleAsync(cohortId, enrollments[recruit], kind, ct);
            if (model is null || model.Refusal is not null)
                throw new InvalidOperationException($"Demo {kind}-test could not be entered: {refusal?.Message ?? model!.Refusal}");
            var answers = DemoRecruits.Answers(model.Questions, recruit, DemoRecruits.Ability(recruit, recruits, kind), kind);
            Check(await enterPaperTest.HandleAsync(cohortId, enrollments[recruit], kind,
                new EnterPaperTest.Command { Attempt = model.Sitting.NextNumber, Answers = answers }, ct));
        }
    }

    async Task RollCallsAsync(int cohortId, IReadOnlyList<int> enrollments, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sessions = await db.CohortSessions.AsNoTracking().Where(s => s.CohortId == cohortId && s.EndsAt <= now)
            .OrderBy(s => s.StartsAt).Select(s => new { s.Id, Slots = s.Slots.Where(p => p.PartnerOrganisationId != null).Select(p => p.Id).ToList() })
            .ToListAsync(ct);
        for (var session = 0; session < sessions.Count; session++)
        {
            var marks = enrollments.Select((id, recruit) => (id, Mark: DemoRecruits.Mark(recruit, enrollments.Count, session)))
                .ToDictionary(m => m.id, m => m.Mark.ToString());
            Check(await takeRollCall.HandleAsync(cohortId, sessions[session].Id, new TakeRollCall.Command
            {
                Version = 0, Marks = marks, Delivery = sessions[session].Slots.ToDictionary(id => id, _ => AttendanceText.Delivered),
            }, ct));
        }
    }

    async Task ReadSelfStudyAsync(int cohortId, int readers, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => new { c.InstitutionId, c.CourseVersionId }).SingleAsync(ct);
        var modules = await db.CourseModules.AsNoTracking()
            .Where(m => m.CourseVersionId == cohort.CourseVersionId && m.Delivery == Delivery.SelfStudy).Select(m => m.Key).ToListAsync(ct);
        var recruits = await db.Enrollments.AsNoTracking().Where(e => e.CohortId == cohortId).OrderBy(e => e.Id)
            .Select(e => e.RecruitUserId).Take(readers).ToListAsync(ct);
        foreach (var recruit in recruits)
        {
            person.Become(recruit, [Roles.Recruit], cohort.InstitutionId, []);
            foreach (var module in modules)
                Check(await markModuleRead.HandleAsync(new MarkModuleRead.Command(cohortId, module), ct));
        }
    }

    Task<int> VersionAsync(int cohortId, CancellationToken ct) =>
        db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).Select(c => c.Version).SingleAsync(ct);

    static T Check<T>(Forms.Outcome<T> outcome) => outcome.Succeeded
        ? outcome.Value!
        : throw new InvalidOperationException("Demo history could not be written: " + string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
}
