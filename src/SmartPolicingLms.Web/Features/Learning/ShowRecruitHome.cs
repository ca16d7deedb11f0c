using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.Completion;

namespace SmartPolicingLms.Web.Features.Learning;

// The recruit's home: each cohort they are in, with its sessions, tests, modules and what is left to do. Reads only
// the signed-in recruit's own enrolments.
internal sealed class ShowRecruitHome(CurrentPerson person, AppDbContext db, TimeProvider clock)
{
    static readonly IStringLocalizer T = Localizers.For<LearningStrings>();

    internal sealed record Model(string Name, string SignInName, IReadOnlyList<CohortBlock> Cohorts, IReadOnlyList<Withdrawn> Withdrawals,
        IReadOnlyList<CertificateLine> Certificates);

    // A valid certificate of one of the recruit's own enrolments, to download.
    internal sealed record CertificateLine(int Id, string Serial, string CourseTitle, DateOnly CompletedOn);

    internal sealed record CohortBlock(int Id, string Name, string CourseTitle, CohortState State, string CalendarToken, TimeZoneInfo Zone,
        IReadOnlyList<SessionLine> Upcoming, int SessionsDone, TestProgress Pre, TestProgress Post, IReadOnlyList<ModuleLine> Modules,
        IReadOnlyList<string> ToDo)
    {
        // The course's overview in the catalogue, in the cohort's edition; and that edition's language for the page's lang.
        public string OverviewLink { get; init; } = "";
        public string Language { get; init; } = "";
        // Once the cohort is closed: the completion its record holds (null before closing).
        public FinalResult? Final { get; init; }
    }

    internal sealed record FinalResult(bool Completed, IReadOnlyList<MissingItem> Missing);

    internal sealed record SessionLine(string When, string Module, string ModuleKey, string Location);

    internal sealed record ModuleLine(string Key, int Number, string Title, Delivery Delivery, DateTime? ReadAt);

    internal sealed record Withdrawn(string CohortName, DateTime At, TimeZoneInfo Zone);

    public async Task<Model> HandleAsync(CancellationToken ct)
    {
        var me = await db.Users.AsNoTracking().Where(u => u.Id == person.UserId).Select(u => new { u.DisplayName, u.UserName }).SingleAsync(ct);
        var places = await (from e in db.Enrollments.AsNoTracking()
                            where e.RecruitUserId == person.UserId
                            join c in db.Cohorts on e.CohortId equals c.Id
                            join i in db.Institutions on c.InstitutionId equals i.Id
                            join v in db.CourseVersions on c.CourseVersionId equals v.Id
                            orderby c.StartDate
                            select new Place(e, c.Name, c.State, c.CalendarToken, c.CourseVersionId, c.PostTestOpenedAt, i.TimeZoneId,
                                v.Title, v.PostTestAttempts, v.PassMarkPercent)
                            { CourseId = v.CourseId, VersionNumber = v.Number, Language = c.Language, Reference = v.Language }).ToListAsync(ct);
        var active = places.Where(p => p.Enrollment.IsActive).ToList();
        var editions = await EditionsAsync(active, ct);
        var cohortIds = active.Select(p => p.Enrollment.CohortId).ToList();
        var versionIds = active.Select(p => p.VersionId).Distinct().ToList();
        var enrollmentIds = active.Select(p => p.Enrollment.Id).ToList();
        // Every enrolment of the recruit, so a transferred recruit's earlier self-study and pre-test carry over.
        var allEnrollmentIds = places.Select(p => p.Enrollment.Id).ToList();

        var data = new Data(
            // A make-up session shows only to the recruits moved into it.
            (await db.CohortSessions.AsNoTracking().Where(s => cohortIds.Contains(s.CohortId)
                    && (!s.IsMakeUp || db.MakeUpSeats.Any(m => m.SessionId == s.Id && enrollmentIds.Contains(m.EnrollmentId))))
                .Select(s => new SessionData(s.CohortId, s.CourseModuleId, s.StartsAt, s.EndsAt, s.Location, s.IsMakeUp)).ToListAsync(ct))
                .OrderBy(s => s.StartsAt).ToLookup(s => s.CohortId),
            (await db.CourseModules.AsNoTracking().Where(m => versionIds.Contains(m.CourseVersionId))
                .Select(m => new ModuleData(m.Id, m.CourseVersionId, m.Key, m.Number, m.Title, m.Delivery)).ToListAsync(ct))
                .OrderBy(m => m.Number).ToLookup(m => m.VersionId),
            (await db.ModuleCompletions.AsNoTracking().Where(c => allEnrollmentIds.Contains(c.EnrollmentId)).ToListAsync(ct))
                .ToDictionary(c => (c.EnrollmentId, c.CourseModuleId), c => c.CompletedAt),
            (await db.TestAttempts.AsNoTracking().Where(a => allEnrollmentIds.Contains(a.EnrollmentId))
                .Select(a => new { a.EnrollmentId, Row = new AttemptRow(a.Kind, a.Number, a.SubmittedAt, a.ScorePercent) }).ToListAsync(ct))
                .ToLookup(a => a.EnrollmentId, a => a.Row),
            places.ToDictionary(p => p.Enrollment.Id, p => p.Enrollment.TransferredFromEnrollmentId));
        var now = clock.GetUtcNow().UtcDateTime;

        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => allEnrollmentIds.Contains(c.EnrollmentId) && c.RevokedAt == null)
            .OrderByDescending(c => c.CompletedOn)
            .Select(c => new CertificateLine(c.Id, c.Serial, c.CourseTitle, c.CompletedOn)).ToListAsync(ct);

        var closedIds = active.Where(p => p.State == CohortState.Completed).Select(p => p.Enrollment.Id).ToList();
        var finals = await db.CompletionRecords.AsNoTracking().Where(r => closedIds.Contains(r.EnrollmentId))
            .ToDictionaryAsync(r => r.EnrollmentId, r => new FinalResult(r.Completed, MissingItem.Read(r.Missing)), ct);

        return new Model(me.DisplayName, me.UserName ?? "", [.. active.Select(p => Block(p, data, editions.GetValueOrDefault(p.Enrollment.CohortId), now)
                with { Final = finals.GetValueOrDefault(p.Enrollment.Id) })],
            // A place left by transferring is not a withdrawal to the recruit: they carry on in the new cohort.
            [.. places.Where(p => !p.Enrollment.IsActive && !places.Any(q => q.Enrollment.TransferredFromEnrollmentId == p.Enrollment.Id)).Select(p => new Withdrawn(p.CohortName, p.Enrollment.WithdrawnAt!.Value, LocalTime.Zone(p.TimeZoneId)))],
            certificates);
    }

    sealed record Place(Enrollment Enrollment, string CohortName, CohortState State, string CalendarToken, int VersionId,
        DateTime? PostTestOpenedAt, string TimeZoneId, string CourseTitle, int PostTestAttempts, int PassMarkPercent)
    {
        public string CourseId { get; init; } = "";
        public int VersionNumber { get; init; }
        public string Language { get; init; } = "";
        public string Reference { get; init; } = "";
    }

    // The words of each cohort's edition, for the cohorts that do not read the reference.
    sealed record EditionData(string Title, Dictionary<int, EditionWords.ModuleWords> Modules);

    async Task<Dictionary<int, EditionData>> EditionsAsync(List<Place> places, CancellationToken ct)
    {
        var editions = new Dictionary<int, EditionData>();
        foreach (var place in places.Where(p => p.Language != p.Reference))
        {
            var id = await db.EditionIdAsync(place.VersionId, place.Language, ct);
            if (await db.CourseWordsAsync(id, ct) is { } course)
                editions[place.Enrollment.CohortId] = new EditionData(course.Title, await db.ModuleWordsAsync(id, instructors: false, ct));
        }
        return editions;
    }

    sealed record SessionData(int CohortId, int ModuleId, DateTime StartsAt, DateTime EndsAt, string Location, bool IsMakeUp);

    sealed record ModuleData(int Id, int VersionId, string Key, int Number, string Title, Delivery Delivery);

    sealed record Data(ILookup<int, SessionData> Sessions, ILookup<int, ModuleData> Modules,
        Dictionary<(int, int), DateTime> Completions, ILookup<int, AttemptRow> Attempts, Dictionary<int, int?> TransferredFrom)
    {
        // The enrolment and those it was transferred from (same course version), newest first.
        public List<int> Lineage(int enrollmentId)
        {
            var chain = new List<int> { enrollmentId };
            while (TransferredFrom.GetValueOrDefault(chain[^1]) is { } earlier && !chain.Contains(earlier))
                chain.Add(earlier);
            return chain;
        }
    }

    static CohortBlock Block(Place place, Data data, EditionData? edition, DateTime now)
    {
        var enrollment = place.Enrollment;
        var zone = LocalTime.Zone(place.TimeZoneId);
        var sessions = data.Sessions[enrollment.CohortId].ToList();
        var regular = sessions.Where(s => !s.IsMakeUp).ToList();
        var modules = data.Modules[place.VersionId]
            .Select(m => edition?.Modules.GetValueOrDefault(m.Id) is { } words ? m with { Title = words.Title } : m).ToDictionary(m => m.Id);
        var lineage = data.Lineage(enrollment.Id);
        // A pre-test submitted in a cohort the recruit transferred from counts here too.
        var attempts = data.Attempts[enrollment.Id]
            .Concat(lineage.Skip(1).SelectMany(id => data.Attempts[id]).Where(a => a.Kind == TestKind.Pre && a.SubmittedAt is not null))
            .ToList();
        var facts = new WindowFacts(enrollment.EnrolledAt, enrollment.PreTestExtendedUntil, enrollment.PreTestWaivedAt is not null,
            regular.FirstOrDefault()?.StartsAt, regular.Count == 0 ? null : regular.Max(s => s.EndsAt), place.PostTestOpenedAt,
            place.State == CohortState.Cancelled, place.State == CohortState.Completed);
        TestProgress Progress(TestKind kind, int courseAttempts) => new(kind, TestWindows.For(kind, facts, now),
            [.. attempts.Where(a => a.Kind == kind)], TestWindows.AttemptsAllowed(kind, courseAttempts, enrollment.ExtraPostTestAttempts),
            place.PassMarkPercent);
        var (pre, post) = (Progress(TestKind.Pre, 1), Progress(TestKind.Post, place.PostTestAttempts));
        var lines = modules.Values.OrderBy(m => m.Number)
            .Select(m => new ModuleLine(m.Key, m.Number, m.Title, m.Delivery,
                lineage.Select(id => data.Completions.TryGetValue((id, m.Id), out var at) ? at : (DateTime?)null).Min())).ToList();
        var upcoming = sessions.Where(s => s.EndsAt > now).ToList();
        var next = upcoming.FirstOrDefault() is { } first && modules.TryGetValue(first.ModuleId, out var nextModule)
            ? new NextSteps.NextSession(nextModule.Number, nextModule.Title, first.StartsAt, first.Location) : null;
        var unread = lines.Where(m => m.Delivery == Delivery.SelfStudy && m.ReadAt is null).Select(m => new NextSteps.Unread(m.Number, m.Title));

        return new CohortBlock(enrollment.CohortId, place.CohortName, edition?.Title ?? place.CourseTitle, place.State, place.CalendarToken, zone,
            [.. upcoming.Select(s => new SessionLine(LearningText.Session(s.StartsAt, s.EndsAt, zone),
                (s.IsMakeUp ? T["Make-up:"] + " " : "") + (modules.TryGetValue(s.ModuleId, out var m) ? $"{m.Number}. {m.Title}" : ""), m?.Key ?? "", s.Location))],
            sessions.Count - upcoming.Count, pre, post, lines, NextSteps.For(place.State, pre, post, unread, next, zone, now))
        {
            OverviewLink = CatalogueLinks.Version(place.CourseId, place.VersionNumber, place.Language == place.Reference ? null : place.Language),
            Language = place.Language,
        };
    }
}
