using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.CohortBoard;
using SmartPolicingLms.Web.Features.CohortResults;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.Reports;

// The program officer's report over the cohorts a scope covers. Every figure uses the arithmetic of the cohort pages
// (ResultMath for tests, the completion rule and its records, BoardRules for co-trainer slots), so it equals what
// those pages show for the same cohorts. It reads all cohorts together, in a fixed number of queries however many.
internal sealed class BuildReport(AppDbContext db, ReportableCohorts reportable, RecruitCompletion completion, QuestionBank bank, TimeProvider clock)
{
    internal sealed record Choice(string Value, string Text);

    internal sealed record TrainedRow(string Period, string Institution, string Course, int Officers);

    internal sealed record TargetRow(int Year, string Institution, string Course, int Trained, int? Target)
    {
        public decimal? Share => Target is { } t ? ReportPeriods.Share(Trained, t) : null;
    }

    internal sealed record Figures(int Recruits, int Completed, int Attended, int Marked, ClassSummary Summary)
    {
        public decimal? CompletionRate => ReportPeriods.Share(Completed, Recruits);
        public decimal? AttendanceRate => ReportPeriods.Share(Attended, Marked);
    }

    internal sealed record CohortRow(int Id, string Name, string Institution, string Course, string Version, DateOnly EndDate, bool Closed, Figures Figures);

    internal sealed record QuestionRow(int Number, string Prompt, QuestionShare? Before, QuestionShare? After);

    internal sealed record AttitudeRow(int Number, string Statement, int[] Before, int[] After);

    internal sealed record VersionRow(int Id, string Course, string Version, int Cohorts, Figures Figures,
        IReadOnlyList<QuestionRow> Questions, IReadOnlyList<AttitudeRow> Attitudes,
        IReadOnlyList<ObjectiveRow>? Objectives = null);

    internal sealed record SlotRow(string Name, DeliveryCounts Counts);

    internal sealed record Model(
        ReportScope Scope, Grouping Per, IReadOnlyList<Choice> Institutions, IReadOnlyList<Choice> Courses,
        IReadOnlyList<TrainedRow> Trained, IReadOnlyList<TargetRow> Targets, IReadOnlyList<CohortRow> Cohorts, IReadOnlyList<VersionRow> Versions,
        IReadOnlyList<SlotRow> SlotsByOrganisation, IReadOnlyList<SlotRow> SlotsByCourse);

    public const string NoOrganisation = "No organisation (waived or still open)";

    sealed record CohortFacts(int Id, string Name, int InstitutionId, string Institution, int VersionId, string CourseId, string Course,
        string Version, int PassMark, DateOnly EndDate, CohortState State);

    public async Task<(Model? Model, Refusal? Refusal)> HandleAsync(ReportScope scope, Grouping per, CancellationToken ct)
    {
        var (inScope, refusal) = await reportable.InAsync(scope, ct);
        if (inScope is null)
            return (null, refusal);
        var cohortIds = inScope.Select(c => c.Id);
        var cohorts = await (from c in inScope
                             join i in db.Institutions on c.InstitutionId equals i.Id
                             join v in db.CourseVersions on c.CourseVersionId equals v.Id
                             join course in db.Courses on v.CourseId equals course.Id
                             orderby c.EndDate, c.Name
                             select new CohortFacts(c.Id, c.Name, c.InstitutionId, i.Name, v.Id, v.CourseId, course.Title, v.VersionLabel,
                                 v.PassMarkPercent, c.EndDate, c.State)).AsNoTracking().ToListAsync(ct);

        var tests = await TestsAsync(cohortIds, ct);
        var completed = await CompletedAsync(cohortIds, cohorts, ct);
        var attendance = (await (from r in db.AttendanceRecords
                                 join s in db.CohortSessions on r.SessionId equals s.Id
                                 where cohortIds.Contains(s.CohortId) && db.Enrollments.Active().Any(e => e.Id == r.EnrollmentId)
                                 group r by s.CohortId into g
                                 select new
                                 {
                                     CohortId = g.Key, Marked = g.Count(),
                                     Attended = g.Count(r => r.Mark == AttendanceMark.Present || r.Mark == AttendanceMark.Late),
                                 }).ToListAsync(ct)).ToDictionary(a => a.CohortId);

        Figures FiguresOf(IReadOnlyCollection<CohortFacts> group) => new(
            group.Sum(c => tests.Recruits[c.Id].Count()),
            group.Sum(c => completed.GetValueOrDefault(c.Id)),
            group.Sum(c => attendance.GetValueOrDefault(c.Id)?.Attended ?? 0),
            group.Sum(c => attendance.GetValueOrDefault(c.Id)?.Marked ?? 0),
            ResultMath.Summarise(group.Sum(c => tests.Recruits[c.Id].Count()),
                [.. group.SelectMany(c => tests.Recruits[c.Id]).Select(r => (r.Pre?.Score, r.Post?.Score))], group.First().PassMark));

        var cohortRows = cohorts.Select(c => new CohortRow(c.Id, c.Name, c.Institution, c.Course, c.Version, c.EndDate,
            c.State.IsClosed(), FiguresOf([c]))).ToList();
        var versionRows = new List<VersionRow>();
        foreach (var version in cohorts.GroupBy(c => c.VersionId).OrderBy(g => g.First().Course).ThenBy(g => g.First().Version))
            versionRows.Add(await VersionAsync(version.ToList(), FiguresOf([.. version]), tests, ct));

        var closed = cohorts.Where(c => c.State.IsClosed()).ToList();
        var trained = closed.GroupBy(c => (Period: ReportPeriods.Of(c.EndDate, per), c.Institution, c.Course))
            .Select(g => new TrainedRow(g.Key.Period, g.Key.Institution, g.Key.Course, g.Sum(c => completed.GetValueOrDefault(c.Id))))
            .OrderBy(r => r.Period).ThenBy(r => r.Institution).ThenBy(r => r.Course).ToList();
        var (bySlotOrganisation, bySlotCourse) = await SlotsAsync(cohortIds, cohorts, ct);
        var (institutions, courses) = await ChoicesAsync(ct);
        return (new Model(scope, per, institutions, courses, trained, await TargetsAsync(scope, closed, completed, ct), cohortRows, versionRows,
            bySlotOrganisation, bySlotCourse), null);
    }

    sealed record Taken(SubmittedAttempt? Pre, SubmittedAttempt? Post);

    sealed record Tests(ILookup<int, Taken> Recruits, Dictionary<(int Attempt, int Question), (decimal? Score, int? Agreement)> Answers);

    // Each active recruit's pre-test and counted post-test, as the results page chooses them, and the answers of those
    // who took both.
    async Task<Tests> TestsAsync(IQueryable<int> cohortIds, CancellationToken ct)
    {
        var recruits = await db.Enrollments.Active().Where(e => cohortIds.Contains(e.CohortId)).Select(e => new { e.Id, e.CohortId })
            .AsNoTracking().ToListAsync(ct);
        var attempts = (await db.TestAttempts.AsNoTracking()
                .Where(a => a.SubmittedAt != null && db.Enrollments.Active().Any(e => e.Id == a.EnrollmentId && cohortIds.Contains(e.CohortId)))
                .Select(a => new { a.Id, a.EnrollmentId, a.Kind, a.Number, a.Source, a.ScorePercent })
                .ToListAsync(ct))
            .Select(a => new SubmittedAttempt(a.Id, a.EnrollmentId, a.Kind, a.Number, a.Source, a.ScorePercent ?? 0m))
            .ToLookup(a => a.EnrollmentId);
        var taken = recruits.Select(r => (r.CohortId, Taken: new Taken(ResultMath.Pre(attempts[r.Id]), ResultMath.CountedPost(attempts[r.Id])))).ToList();
        var paired = taken.Where(t => t.Taken is { Pre: not null, Post: not null }).SelectMany(t => new[] { t.Taken.Pre!.Id, t.Taken.Post!.Id }).ToList();
        var answers = new Dictionary<(int, int), (decimal?, int?)>();
        // In chunks, as the results page reads them: one IN list per 500 attempts, not one query per cohort.
        foreach (var chunk in paired.Chunk(500))
            foreach (var row in await db.TestAnswers.AsNoTracking().Where(a => chunk.Contains(a.TestAttemptId))
                         .Select(a => new { a.TestAttemptId, a.CourseQuestionId, a.Score, a.Agreement }).ToListAsync(ct))
                answers[(row.TestAttemptId, row.CourseQuestionId)] = (row.Score, row.Agreement);
        return new Tests(taken.ToLookup(t => t.CohortId, t => t.Taken), answers);
    }

    // Officers completed per cohort: a closed cohort's stored completion records, the rule's live decisions for one
    // still running (as its board shows them).
    async Task<Dictionary<int, int>> CompletedAsync(IQueryable<int> cohortIds, IReadOnlyList<CohortFacts> cohorts, CancellationToken ct)
    {
        var stored = await (from r in db.CompletionRecords
                            join e in db.Enrollments.Active() on r.EnrollmentId equals e.Id
                            where r.Completed && cohortIds.Contains(e.CohortId)
                            group r by e.CohortId into g
                            select new { CohortId = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.CohortId, g => g.Count, ct);
        var result = cohorts.Where(c => c.State.IsClosed()).ToDictionary(c => c.Id, c => stored.GetValueOrDefault(c.Id));
        if (cohorts.Any(c => !c.State.IsClosed()))
        {
            var open = cohortIds.Where(id => db.Cohorts.Any(c => c.Id == id && c.State != CohortState.Completed));
            var active = (await db.Enrollments.Active().Where(e => open.Contains(e.CohortId)).Select(e => new { e.Id, e.CohortId }).ToListAsync(ct));
            var decisions = await completion.CohortsAsync(open, ct);
            foreach (var group in active.GroupBy(e => e.CohortId))
                result[group.Key] = group.Count(e => decisions[e.Id].Result.Completed);
        }
        return result;
    }

    async Task<VersionRow> VersionAsync(IReadOnlyList<CohortFacts> cohorts, Figures figures, Tests tests, CancellationToken ct)
    {
        var first = cohorts[0];
        var pairs = cohorts.SelectMany(c => tests.Recruits[c.Id]).Where(t => t is { Pre: not null, Post: not null })
            .Select(t => (Pre: t.Pre!.Id, Post: t.Post!.Id)).ToList();
        var questions = await bank.ForAsync(db, first.VersionId, ct);
        // With parallel forms a question is asked in one test only; the other side has no answers to show, not wrong ones.
        IReadOnlyCollection<decimal?> Scores(QuestionView q, Func<(int Pre, int Post), int> side, TestKind test) => !q.AskedIn(test) ? [] :
            [.. pairs.Select(p => tests.Answers.TryGetValue((side(p), q.Id), out var a) ? a.Score : null)];
        IEnumerable<int?> Agreements(QuestionView q, Func<(int Pre, int Post), int> side) =>
            pairs.Select(p => tests.Answers.TryGetValue((side(p), q.Id), out var a) ? a.Agreement : null);
        // Parallel forms ask different questions before and after: they are compared by objective, as the results page does.
        var twoForms = questions.Any(q => q.Form != QuestionForm.Both);
        var objectives = twoForms
            ? ObjectiveRows.Compare(await ObjectiveRows.TextsAsync(db, first.VersionId, ct), questions,
                (q, test) => Scores(q, test == TestKind.Pre ? p => p.Pre : p => p.Post, test))
            : null;
        return new VersionRow(first.VersionId, first.Course, first.Version, cohorts.Count, figures,
            [.. questions.Where(q => q.IsScored && !twoForms).Select(q => new QuestionRow(q.Number, HtmlText.ToText(q.PromptHtml),
                ResultMath.Share(Scores(q, p => p.Pre, TestKind.Pre)), ResultMath.Share(Scores(q, p => p.Post, TestKind.Post))))],
            [.. questions.Where(q => !q.IsScored).Select(q => new AttitudeRow(q.Number, HtmlText.ToText(q.PromptHtml),
                ResultMath.Distribution(Agreements(q, p => p.Pre)), ResultMath.Distribution(Agreements(q, p => p.Post))))], objectives);
    }

    // Officers trained in closed cohorts per institution, course and year, against the target set for them; a target
    // with nobody trained yet is shown too.
    async Task<IReadOnlyList<TargetRow>> TargetsAsync(ReportScope scope, IReadOnlyList<CohortFacts> closed, Dictionary<int, int> completed,
        CancellationToken ct)
    {
        var institutions = reportable.Institutions().Select(i => i.Id);
        var query = db.TrainingTargets.Where(t => institutions.Contains(t.InstitutionId));
        if (scope.InstitutionId is { } institution)
            query = query.Where(t => t.InstitutionId == institution);
        if (scope.CourseId is { } course)
            query = query.Where(t => t.CourseId == course);
        if (scope.From is { } from)
            query = query.Where(t => t.Year >= from.Year);
        if (scope.To is { } to)
            query = query.Where(t => t.Year <= to.Year);
        var targets = scope.CohortIds.Count > 0 ? [] : await (from t in query
                                                               join i in db.Institutions on t.InstitutionId equals i.Id
                                                               join c in db.Courses on t.CourseId equals c.Id
                                                               select new { t.Year, Institution = i.Name, Course = c.Title, t.Officers }).ToListAsync(ct);
        var trained = closed.GroupBy(c => (c.EndDate.Year, c.Institution, c.Course)).ToDictionary(g => g.Key, g => g.Sum(c => completed.GetValueOrDefault(c.Id)));
        var set = targets.ToDictionary(t => (t.Year, t.Institution, t.Course), t => t.Officers);
        return [.. trained.Keys.Union(set.Keys).OrderByDescending(k => k.Year).ThenBy(k => k.Institution).ThenBy(k => k.Course)
            .Select(k => new TargetRow(k.Year, k.Institution, k.Course, trained.GetValueOrDefault(k), set.TryGetValue(k, out var t) ? t : null))];
    }

    // Co-trainer slots counted per partner organisation and per course as the cohort board counts them. Only the
    // organisation is read, never who it sent.
    async Task<(IReadOnlyList<SlotRow>, IReadOnlyList<SlotRow>)> SlotsAsync(IQueryable<int> cohortIds, IReadOnlyList<CohortFacts> cohorts,
        CancellationToken ct)
    {
        var slots = await (from slot in db.SessionSlots
                           join session in db.CohortSessions on slot.SessionId equals session.Id
                           join o in db.PartnerOrganisations on slot.PartnerOrganisationId equals o.Id into organisations
                           from organisation in organisations.DefaultIfEmpty()
                           where cohortIds.Contains(session.CohortId)
                           select new
                           {
                               session.CohortId, Organisation = organisation == null ? null : organisation.Name, slot.WaiverReason,
                               Named = slot.CoTrainerId != null, slot.PartnerOrganisationId, slot.Delivered, session.EndsAt,
                           }).AsNoTracking().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var courseOf = cohorts.ToDictionary(c => c.Id, c => c.Course);
        var facts = slots.Select(s => (s.Organisation, Course: courseOf[s.CohortId],
            Slot: (SessionSlot.CoverageOf(s.WaiverReason, s.Named ? 0 : null, s.PartnerOrganisationId), s.Delivered, s.EndsAt <= now))).ToList();
        return ([.. facts.GroupBy(f => f.Organisation).OrderBy(g => g.Key is null).ThenBy(g => g.Key)
                .Select(g => new SlotRow(g.Key ?? NoOrganisation, BoardRules.Delivery(g.Select(f => f.Slot))))],
            [.. facts.GroupBy(f => f.Course).OrderBy(g => g.Key).Select(g => new SlotRow(g.Key, BoardRules.Delivery(g.Select(f => f.Slot))))]);
    }

    async Task<(IReadOnlyList<Choice>, IReadOnlyList<Choice>)> ChoicesAsync(CancellationToken ct)
    {
        var institutions = await reportable.Institutions().OrderBy(i => i.Name).Select(i => new { i.Id, i.Name }).ToListAsync(ct);
        var courses = await db.Courses.OrderBy(c => c.Title).Select(c => new Choice(c.Id, c.Title)).ToListAsync(ct);
        return ([.. institutions.Select(i => new Choice(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), i.Name))], courses);
    }
}
