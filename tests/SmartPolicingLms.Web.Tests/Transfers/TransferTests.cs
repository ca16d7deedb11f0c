using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Assessments;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Features.Transfers;
using SmartPolicingLms.Web.Tests.Harness;
using SmartPolicingLms.Web.Tests.MakeUps;

namespace SmartPolicingLms.Web.Tests.Transfers;

public abstract class TransferTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_transferred_recruit_keeps_the_hours_self_study_and_tests_of_their_earlier_cohort()
    {
        var source = await AttendanceWorld.CreateAsync(Factory);
        var target = await AttendanceWorld.CreateAsync(Factory, source.World.InstitutionId);
        var (person, old) = await source.EnrolAsync();
        await source.MarkAsync(source.LectureSession, (old, AttendanceMark.Present));
        await source.MarkAsync(source.WorkshopSession, (old, AttendanceMark.Present));
        await TakeEverythingElseAsync(old);
        var form = await source.World.Instructor.OpenAsync($"{source.Page}/recruits/{old}/transfer");

        var moved = await source.World.Instructor.SubmitAsync(form, "transfer", ("Input.TargetCohortId", target.CohortId.ToString(CultureInfo.InvariantCulture)));

        var (earlier, now) = await Factory.WithDatabaseAsync(async db => (
            await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == old),
            await db.Enrollments.AsNoTracking().SingleAsync(e => e.CohortId == target.CohortId && e.RecruitUserId == person.Id)));
        Assert.Equal($"/cohorts/{target.CohortId}/recruits/{now.Id}", Visitor.RedirectPath(moved));
        Assert.Equal(old, now.TransferredFromEnrollmentId);
        Assert.False(earlier.IsActive);
        Assert.Contains(await source.World.AuditAsync(), e => e.Action == AuditAction.RecruitTransferredOut);
        Assert.Contains(await target.World.AuditAsync(), e => e.Action == AuditAction.RecruitTransferredIn);
        var completion = await target.CompletionAsync(now.Id);
        Assert.Equal((true, 2.5m), (completion.Completed, completion.AttendedHours));
        Assert.Empty(completion.Missing);
        var pre = await target.UseAsync<Sittings, Sitting?>(s => s.MineAsync(target.CohortId, TestKind.Pre, CancellationToken.None), person);
        Assert.Single(pre!.Attempts);
        Assert.False(pre.CanStart);
        var recruit = NewVisitor();
        await recruit.SignInAsync(person);
        var home = await recruit.OpenAsync("/learn");
        Assert.Contains(await CohortNameAsync(target.CohortId), home.Text);
        Assert.Contains("Pre-test: Your score: 62.5%.", home.Text);
        Assert.DoesNotContain("You were withdrawn", home.Text);
        Assert.DoesNotContain($"learn/cohorts/{target.CohortId}/tests/pre", home.Links);
    }

    [SkippableFact]
    public async Task A_transfer_is_refused_to_another_version_a_cohort_not_running_a_full_one_or_one_the_recruit_is_in()
    {
        var source = await AttendanceWorld.CreateAsync(Factory);
        var institution = source.World.InstitutionId;
        var full = await AttendanceWorld.CreateAsync(Factory, institution, capacity: 1);
        await full.EnrolAsync();
        var (person, old) = await source.EnrolAsync();
        var sameVersion = await Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == source.CohortId).Select(c => c.CourseVersionId).SingleAsync());
        var otherVersion = await Factory.WithDatabaseAsync(db => db.CourseVersions.Where(v => v.Id != sameVersion).Select(v => v.Id).FirstAsync());
        var cases = new (int Cohort, string Refusal)[]
        {
            (await CohortAsync(institution, otherVersion, CohortState.Published), "runs another version of the course"),
            (await CohortAsync(institution, sameVersion, CohortState.Draft), "is still a draft"),
            (await CohortAsync(institution, sameVersion, CohortState.Cancelled), "was cancelled"),
            (await CohortAsync(institution, sameVersion, CohortState.Completed), "is closed"),
            (full.CohortId, "is full: all 1 places are taken"),
            (await CohortAsync(institution, sameVersion, CohortState.InProgress, enrol: person.Id), "already has a place in"),
            (await CohortAsync(await People.CreateInstitutionAsync(), sameVersion, CohortState.Published), "Choose a cohort of this cohort's institution."),
            (source.CohortId, "Choose another cohort"),
        };

        foreach (var (cohort, refusal) in cases)
        {
            var outcome = await TransferAsync(source, old, cohort);
            Assert.False(outcome.Succeeded, refusal);
            Assert.Contains(refusal, outcome.Errors.Single().ErrorMessage);
        }
        var page = await source.World.Instructor.OpenAsync($"{source.Page}/recruits/{old}/transfer");
        Assert.Contains("is full: all 1 places are taken", page.Text);
        Assert.NotNull(page.Document.QuerySelector($"input[value='{full.CohortId}'][disabled]"));
        Assert.True(await Factory.WithDatabaseAsync(db => db.Enrollments.Where(e => e.Id == old).Select(e => e.WithdrawnAt == null).SingleAsync()));
        Assert.False(await Factory.WithDatabaseAsync(db => db.Enrollments.AnyAsync(e => e.TransferredFromEnrollmentId == old)));
    }

    [SkippableFact]
    public async Task Only_the_source_cohorts_instructors_transfer_and_a_recruit_transfers_once()
    {
        var source = await AttendanceWorld.CreateAsync(Factory);
        var target = await AttendanceWorld.CreateAsync(Factory, source.World.InstitutionId);
        var (_, old) = await source.EnrolAsync();
        var following = await People.CreateAsync(Roles.ProgramOfficer, null, [source.World.InstitutionId]);
        var followingVisitor = NewVisitor();
        await followingVisitor.SignInAsync(following);
        var (stranger, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        var url = $"{source.Page}/recruits/{old}/transfer";

        Assert.Equal(HttpStatusCode.Forbidden, (await followingVisitor.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await source.World.Instructor.GetAsync($"{source.Page}/recruits/{old + 100000}/transfer")).StatusCode);
        var byTargetLead = await TransferAsync(source, old, target.CohortId, target.World.Lead);
        Assert.Equal([CohortAccess.ReadOnlyMessage], byTargetLead.Errors.Select(e => e.ErrorMessage));
        Assert.True((await TransferAsync(source, old, target.CohortId)).Succeeded);
        var again = await TransferAsync(source, old, target.CohortId);
        Assert.Equal(["This recruit was withdrawn from the cohort."], again.Errors.Select(e => e.ErrorMessage));
    }

    [SkippableFact]
    public async Task Three_transfers_at_the_same_moment_into_a_cohorts_last_place_move_one_recruit()
    {
        const int Rounds = 10;
        var source = await AttendanceWorld.CreateAsync(Factory);
        var version = await Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == source.CohortId).Select(c => c.CourseVersionId).SingleAsync());
        var (wins, placesTaken) = (new List<int>(), new List<int>());

        for (var round = 0; round < Rounds; round++)
        {
            var target = await CohortAsync(source.World.InstitutionId, version, CohortState.Published, capacity: 1);
            var moving = new List<int>();
            for (var i = 0; i < 3; i++)
                moving.Add((await source.EnrolAsync()).EnrollmentId);
            using var barrier = new Barrier(3);
            var outcomes = await Task.WhenAll(moving.Select(enrollment => Task.Run(() =>
            {
                barrier.SignalAndWait();
                return TransferAsync(source, enrollment, target);
            })));

            wins.Add(outcomes.Count(o => o.Succeeded));
            Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("is full: all 1 places are taken", Assert.Single(o.Errors).ErrorMessage));
            placesTaken.Add(await Factory.WithDatabaseAsync(db => db.Enrollments.Active().CountAsync(e => e.CohortId == target)));
            Assert.Equal(3 - wins[^1], await Factory.WithDatabaseAsync(db => db.Enrollments.Active().CountAsync(e => moving.Contains(e.Id))));
        }
        Assert.Equal(new string('1', Rounds), string.Concat(wins));
        Assert.Equal(new string('1', Rounds), string.Concat(placesTaken));
    }

    Task<Outcome<TransferRecruit.Transferred>> TransferAsync(AttendanceWorld source, int enrollmentId, int targetCohortId, Person? by = null) =>
        source.UseAsync<TransferRecruit.Handler, Outcome<TransferRecruit.Transferred>>(h => h.HandleAsync(
            new TransferRecruit.Command { CohortId = source.CohortId, EnrollmentId = enrollmentId, TargetCohortId = targetCohortId },
            CancellationToken.None), by);

    // Self-study read, the pre-test taken and the post-test passed, all in the earlier cohort.
    Task TakeEverythingElseAsync(int enrollmentId) => Factory.WithDatabaseAsync(async db =>
    {
        var cohort = await db.Enrollments.Where(e => e.Id == enrollmentId).Select(e => e.CohortId).SingleAsync();
        var version = await db.Cohorts.Where(c => c.Id == cohort).Select(c => c.CourseVersionId).SingleAsync();
        var selfStudy = await db.CourseModules.Where(m => m.CourseVersionId == version && m.Number == 1).Select(m => m.Id).SingleAsync();
        db.ModuleCompletions.Add(new ModuleCompletion { EnrollmentId = enrollmentId, CourseModuleId = selfStudy, CompletedAt = Factory.Now });
        foreach (var (kind, score) in new[] { (TestKind.Pre, 62.5m), (TestKind.Post, 80m) })
        {
            var attempt = TestAttempt.Start(enrollmentId, kind, 1, AttemptSource.Online, null, Factory.Now);
            attempt.Submit(score, Factory.Now);
            db.TestAttempts.Add(attempt);
        }
        return await db.SaveChangesAsync();
    });

    Task<int> CohortAsync(int institution, int versionId, CohortState state, string? enrol = null, int capacity = 30) => Factory.WithDatabaseAsync(async db =>
    {
        var creator = await db.Users.Select(u => u.Id).FirstAsync();
        var start = DateOnly.FromDateTime(Factory.Now.AddDays(14));
        var language = await db.CourseVersions.Where(v => v.Id == versionId).Select(v => v.Language).SingleAsync();
        var cohort = Cohort.Create(institution, versionId, language, Scheduling.Unique("Cohort"), start, start.AddDays(2), capacity, creator,
            Guid.NewGuid().ToString("N"), Factory.Now);
        db.Cohorts.Add(cohort);
        db.PutInState(cohort, state);
        await db.SaveChangesAsync();
        if (enrol is not null)
        {
            db.Enrollments.Add(Enrollment.Create(cohort.Id, enrol, Factory.Now));
            await db.SaveChangesAsync();
        }
        return cohort.Id;
    });

    Task<string> CohortNameAsync(int cohortId) => Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.Name).SingleAsync());

    public sealed class OnSqlite(SqliteLmsFactory factory) : TransferTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : TransferTests(factory), IClassFixture<PostgresLmsFactory>;
}
