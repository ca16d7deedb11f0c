using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Attendance;

namespace SmartPolicingLms.Web.Features.AttendanceSheets;

// Everything the paper sheet, the CSV template and the import need about one session, for its own instructors.
// Co-trainer slots are given by community and organisation only: sheets leave the system on paper and in files,
// so they never carry a co-trainer's name, even one who agreed to be named on screen.
internal sealed class SessionSheet(AppDbContext db, CohortAccess access, SessionRoster roster, IStringLocalizer<AttendanceSheetsStrings> t)
{
    internal sealed record Sheet(
        int CohortId, int SessionId, string CohortName, CohortState State, string Institution, string TimeZoneId,
        string CourseTitle, int VersionNumber, string VersionLabel, int ModuleNumber, string ModuleTitle, bool IsMakeUp,
        DateTime LocalStart, DateTime LocalEnd, string Location, IReadOnlyList<string> Instructors,
        IReadOnlyList<SlotLine> Slots, IReadOnlyList<Recruit> Recruits);

    // "Co-trainer, Sex workers: Tais Plus", "... : open" or "... : waived".
    internal sealed record SlotLine(string Role, string Community, string Cover)
    {
        public override string ToString() => $"{Role}, {Community}: {Cover}";
    }

    // Identifier is how a sheet names the recruit back: the service number, or the email of a recruit without one.
    internal sealed record Recruit(int EnrollmentId, string Name, string Identifier, AttendanceMark? Mark);

    // The sheet, or null with the right the person asking has (None: answered as not found; View: refused).
    public async Task<(Sheet? Sheet, CohortRight Right)> HandleAsync(int cohortId, int sessionId, CancellationToken ct)
    {
        var right = await access.RightAsync(cohortId, ct);
        if (right == CohortRight.None)
            return (null, right);
        var session = await db.CohortSessions.AsNoTracking().Include(s => s.Instructors).Include(s => s.Slots).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.CohortId == cohortId, ct);
        if (session is null)
            return (null, CohortRight.None);
        if (right != CohortRight.Change)
            return (null, right);

        var header = await (
            from c in db.Cohorts
            join i in db.Institutions on c.InstitutionId equals i.Id
            join v in db.CourseVersions on c.CourseVersionId equals v.Id
            from m in db.CourseModules
            where c.Id == cohortId && m.Id == session.CourseModuleId
            select new { c.Name, c.State, Institution = i.Name, i.TimeZoneId, v.Title, v.Number, v.VersionLabel, Module = m.Number, ModuleTitle = m.Title })
            .AsNoTracking().SingleAsync(ct);
        var zone = LocalTime.Zone(header.TimeZoneId);
        return (new Sheet(cohortId, sessionId, header.Name, header.State, header.Institution, header.TimeZoneId,
            header.Title, header.Number, header.VersionLabel, header.Module, header.ModuleTitle, session.IsMakeUp,
            LocalTime.ToLocal(session.StartsAt, zone), LocalTime.ToLocal(session.EndsAt, zone), session.Location,
            await InstructorsAsync(cohortId, session, ct), await SlotsAsync(session, ct), await RecruitsAsync(sessionId, ct)), right);
    }

    // The session's own instructors; a session without any is taught by the cohort's leads.
    async Task<IReadOnlyList<string>> InstructorsAsync(int cohortId, CohortSession session, CancellationToken ct)
    {
        var ids = session.Instructors.Select(i => i.UserId).ToList();
        if (ids.Count == 0)
            ids = await db.CohortInstructors.Where(i => i.CohortId == cohortId && i.IsLead).Select(i => i.UserId).ToListAsync(ct);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => u.DisplayName).OrderBy(n => n).ToListAsync(ct);
    }

    async Task<IReadOnlyList<SlotLine>> SlotsAsync(CohortSession session, CancellationToken ct)
    {
        var organisationIds = session.Slots.Select(s => s.PartnerOrganisationId).OfType<int>().ToList();
        var organisations = await db.PartnerOrganisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return [.. session.Slots.OrderBy(s => s.Position).Select(s => new SlotLine(CatalogueText.Of(s.Role), CatalogueText.Of(s.Community),
            s.Coverage switch
            {
                SlotCoverage.Waived => t["waived"].Value,
                SlotCoverage.Open => t["open"].Value,
                _ => organisations.GetValueOrDefault(s.PartnerOrganisationId!.Value, ""),
            }))];
    }

    // The session's roster, sorted by name, with the marks recorded so far.
    async Task<IReadOnlyList<Recruit>> RecruitsAsync(int sessionId, CancellationToken ct) =>
        [.. (await roster.RecruitsAsync(sessionId, ct)).Select(r => new Recruit(r.EnrollmentId, r.Name, r.ServiceNumber ?? r.Email ?? "", r.Mark))];
}
