using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.Completion;

// Gathers completion facts from the database and hands them to CompletionRule, the one place completion is
// decided. A recruit who transferred carries their earlier enrolments (same course version) along: sessions
// attended, self-study read and tests taken there all count. One recruit or a whole cohort go through the same
// builder, so the cohort board and closing decide exactly as the recruit's own page does, in a fixed number of
// queries however many recruits there are.
internal sealed class RecruitCompletion(AppDbContext db, TimeProvider clock)
{
    public async Task<CompletionResult> DecideAsync(int enrollmentId, CancellationToken ct) =>
        CompletionRule.Decide(await FactsAsync(enrollmentId, ct));

    public async Task<CompletionFacts> FactsAsync(int enrollmentId, CancellationToken ct) =>
        (await BuildAsync(new Dictionary<int, IReadOnlyList<int>> { [enrollmentId] = await LineageAsync(enrollmentId, ct) }, ct))[enrollmentId];

    // Every enrolment of the cohort (withdrawn ones too; callers choose), with its facts and the rule's decision.
    public async Task<IReadOnlyDictionary<int, (CompletionFacts Facts, CompletionResult Result)>> CohortAsync(int cohortId, CancellationToken ct)
    {
        var ids = await db.Enrollments.Where(e => e.CohortId == cohortId).Select(e => e.Id).ToListAsync(ct);
        var facts = await BuildAsync(await LineagesAsync(ids, ct), ct);
        return facts.ToDictionary(f => f.Key, f => (f.Value, CompletionRule.Decide(f.Value)));
    }

    // The same for several cohorts at once, in the same fixed number of queries (a report over a hundred cohorts).
    public async Task<IReadOnlyDictionary<int, (CompletionFacts Facts, CompletionResult Result)>> CohortsAsync(IQueryable<int> cohortIds,
        CancellationToken ct)
    {
        var ids = await db.Enrollments.Where(e => cohortIds.Contains(e.CohortId)).Select(e => e.Id).ToListAsync(ct);
        var facts = await BuildAsync(await LineagesAsync(ids, ct), ct);
        return facts.ToDictionary(f => f.Key, f => (f.Value, CompletionRule.Decide(f.Value)));
    }

    // The enrolment and those it was transferred from, newest first. Transfers are few; one query per step is fine.
    public async Task<IReadOnlyList<int>> LineageAsync(int enrollmentId, CancellationToken ct)
    {
        var chain = new List<int> { enrollmentId };
        int? earlier = enrollmentId;
        while ((earlier = await db.Enrollments.Where(e => e.Id == earlier).Select(e => e.TransferredFromEnrollmentId).SingleOrDefaultAsync(ct)) is { } id
               && !chain.Contains(id))
            chain.Add(id);
        return chain;
    }

    // The lineages of many enrolments at once: one query per step back, for all of them together.
    async Task<Dictionary<int, IReadOnlyList<int>>> LineagesAsync(IReadOnlyList<int> enrollmentIds, CancellationToken ct)
    {
        var earlierOf = new Dictionary<int, int?>();
        var ask = enrollmentIds.ToList();
        while (ask.Count > 0)
        {
            foreach (var chunk in ask.Chunk(500))
                foreach (var row in await db.Enrollments.Where(e => chunk.Contains(e.Id)).Select(e => new { e.Id, e.TransferredFromEnrollmentId }).ToListAsync(ct))
                    earlierOf[row.Id] = row.TransferredFromEnrollmentId;
            ask = [.. earlierOf.Values.OfType<int>().Where(id => !earlierOf.ContainsKey(id)).Distinct()];
        }
        return enrollmentIds.ToDictionary(id => id, id =>
        {
            var chain = new List<int> { id };
            while (earlierOf.GetValueOrDefault(chain[^1]) is { } earlier && !chain.Contains(earlier))
                chain.Add(earlier);
            return (IReadOnlyList<int>)chain;
        });
    }

    async Task<Dictionary<int, CompletionFacts>> BuildAsync(IReadOnlyDictionary<int, IReadOnlyList<int>> lineages, CancellationToken ct)
    {
        var everyone = lineages.Values.SelectMany(l => l).Distinct().ToList();
        var enrollments = await db.Enrollments.AsNoTracking().Where(e => everyone.Contains(e.Id))
            .Select(e => new { e.Id, e.CohortId, Waived = e.PreTestWaivedAt != null }).ToDictionaryAsync(e => e.Id, ct);
        var cohortIds = enrollments.Values.Select(e => e.CohortId).Distinct().ToList();
        var versionOf = await db.Cohorts.AsNoTracking().Where(c => cohortIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.CourseVersionId, ct);
        var ownVersions = lineages.Keys.Select(id => versionOf[enrollments[id].CohortId]).Distinct().ToList();
        var versions = await db.CourseVersions.AsNoTracking().Where(v => ownVersions.Contains(v.Id))
            .Select(v => new { v.Id, v.AttendanceRequiredPercent, v.LateCreditPercent, v.PassMarkPercent }).ToDictionaryAsync(v => v.Id, ct);
        var modules = (await db.CourseModules.AsNoTracking().Where(m => ownVersions.Contains(m.CourseVersionId))
            .OrderBy(m => m.Number).Select(m => new { m.Id, m.CourseVersionId, m.Number, m.Title, m.Hours, m.Delivery }).ToListAsync(ct))
            .ToLookup(m => m.CourseVersionId);
        var moduleById = modules.SelectMany(g => g).ToDictionary(m => m.Id);

        var sessions = await db.CohortSessions.AsNoTracking().Where(s => cohortIds.Contains(s.CohortId))
            .Select(s => new { s.Id, s.CohortId, s.CourseModuleId, s.StartsAt, s.EndsAt, s.IsMakeUp, Called = db.RollCalls.Any(r => r.SessionId == s.Id) })
            .ToListAsync(ct);
        // A module's regular minutes in each cohort: a session is worth its share of its own cohort's schedule.
        var regular = sessions.Where(s => !s.IsMakeUp).GroupBy(s => (s.CohortId, s.CourseModuleId))
            .ToDictionary(g => g.Key, g => (decimal)g.Sum(s => (s.EndsAt - s.StartsAt).TotalMinutes));
        decimal Regular(int cohortId, int moduleId) => regular.GetValueOrDefault((cohortId, moduleId));
        var now = clock.GetUtcNow().UtcDateTime;
        // Held: over, or its roll call already taken (an instructor may take it before the session's end).
        var held = sessions.Where(s => !s.IsMakeUp && (s.EndsAt <= now || s.Called)).GroupBy(s => (s.CohortId, s.CourseModuleId))
            .ToDictionary(g => g.Key, g => (int)g.Sum(s => (s.EndsAt - s.StartsAt).TotalMinutes));
        var sessionById = sessions.ToDictionary(s => s.Id);

        var marks = new List<(int EnrollmentId, int SessionId, AttendanceMark Mark)>();
        var read = new List<(int EnrollmentId, int ModuleId)>();
        var attempts = new List<(int EnrollmentId, TestKind Kind, decimal? Score)>();
        // In chunks: a large cohort's ids would make one IN list longer than a database likes.
        foreach (var chunk in everyone.Chunk(500))
        {
            marks.AddRange((await db.AttendanceRecords.AsNoTracking().Where(r => chunk.Contains(r.EnrollmentId))
                .Select(r => new { r.EnrollmentId, r.SessionId, r.Mark }).ToListAsync(ct)).Select(r => (r.EnrollmentId, r.SessionId, r.Mark)));
            read.AddRange((await db.ModuleCompletions.AsNoTracking().Where(c => chunk.Contains(c.EnrollmentId))
                .Select(c => new { c.EnrollmentId, c.CourseModuleId }).ToListAsync(ct)).Select(c => (c.EnrollmentId, c.CourseModuleId)));
            attempts.AddRange((await db.TestAttempts.AsNoTracking().Where(a => chunk.Contains(a.EnrollmentId) && a.SubmittedAt != null)
                .Select(a => new { a.EnrollmentId, a.Kind, a.ScorePercent }).ToListAsync(ct)).Select(a => (a.EnrollmentId, a.Kind, a.ScorePercent)));
        }
        var marksOf = marks.ToLookup(m => m.EnrollmentId);
        var readOf = read.ToLookup(r => r.EnrollmentId, r => r.ModuleId);
        var attemptsOf = attempts.ToLookup(a => a.EnrollmentId);

        var result = new Dictionary<int, CompletionFacts>();
        foreach (var (enrollmentId, lineage) in lineages)
        {
            var cohortId = enrollments[enrollmentId].CohortId;
            var version = versions[versionOf[cohortId]];
            var ownModules = modules[version.Id].ToList();
            var attendance = lineage.SelectMany(id => marksOf[id]).Where(m => sessionById.ContainsKey(m.SessionId)).Select(m =>
            {
                var session = sessionById[m.SessionId];
                var minutes = (decimal)(session.EndsAt - session.StartsAt).TotalMinutes;
                // A make-up session, or a session of an earlier cohort, is scaled to this cohort's schedule of the module.
                var own = Regular(cohortId, session.CourseModuleId);
                var theirs = session.IsMakeUp ? own : Regular(session.CohortId, session.CourseModuleId);
                var scaled = theirs > 0 && own > 0 ? minutes * own / theirs : minutes;
                return new SessionAttendance(moduleById[session.CourseModuleId].Number, scaled, m.Mark);
            }).ToList();
            var readModules = lineage.SelectMany(id => readOf[id]).ToHashSet();
            var submitted = lineage.SelectMany(id => attemptsOf[id]).ToList();

            result[enrollmentId] = new CompletionFacts(
                new CourseRules(version.AttendanceRequiredPercent, version.LateCreditPercent, version.PassMarkPercent),
                [.. ownModules.Where(m => m.Delivery != Delivery.SelfStudy)
                    .Select(m => new ContactModule(m.Number, m.Title, m.Hours, (int)Regular(cohortId, m.Id),
                        held.GetValueOrDefault((cohortId, m.Id))))],
                attendance,
                [.. ownModules.Where(m => m.Delivery == Delivery.SelfStudy).Select(m => new SelfStudyModule(m.Number, m.Title, readModules.Contains(m.Id)))],
                submitted.Any(a => a.Kind == TestKind.Pre),
                lineage.Any(id => enrollments[id].Waived),
                submitted.Where(a => a.Kind == TestKind.Post).Max(a => a.Score));
        }
        return result;
    }
}
