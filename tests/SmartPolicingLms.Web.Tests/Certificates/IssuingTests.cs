using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Certificates;

// Certificates come from the completion records and from nothing else: closing issues one to each recruit who
// completed, numbered without gaps per institution and year, and a later correction issues or revokes in the same
// transaction as the record it changes.
public abstract partial class IssuingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Closing_issues_a_certificate_to_each_recruit_who_completed_and_to_no_one_else()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (first, completedFirst) = await world.EnrolAsync();
        var (_, completedSecond) = await world.EnrolAsync();
        var (_, missedTheWorkshops) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (completedFirst, Present), (completedSecond, Present), (missedTheWorkshops, Present));
        await world.MarkAsync(world.FirstWorkshop, (completedFirst, Present), (completedSecond, Late), (missedTheWorkshops, Absent));
        await world.MarkAsync(world.SecondWorkshop, (completedFirst, Present), (completedSecond, Present), (missedTheWorkshops, Absent));
        foreach (var enrollment in new[] { completedFirst, completedSecond, missedTheWorkshops })
            await world.ResultsAsync(enrollment, pre: 40m, post: 90m);

        await Certify.CloseAsync(world);

        var records = (await world.RecordsAsync()).ToDictionary(r => r.EnrollmentId, r => r.Completed);
        var certificates = await CertificatesAsync(world);
        Assert.Equal(records.Where(r => r.Value).Select(r => r.Key).Order(), certificates.Select(c => c.EnrollmentId).Order());
        Assert.Equal([completedFirst, completedSecond], certificates.Select(c => c.EnrollmentId).Order());
        var year = certificates[0].Year;
        Assert.Equal([1, 2], certificates.Select(c => c.Number).Order());
        Assert.All(certificates, c => Assert.Equal($"{c.Serial[..^11]}-{year:D4}-{c.Number:D5}", c.Serial));
        Assert.All(certificates, c => Assert.Matches(CodeShape(), c.VerificationCode));
        Assert.NotEqual(certificates[0].VerificationCode, certificates[1].VerificationCode);
        var printed = certificates.Single(c => c.EnrollmentId == completedFirst);
        var (name, title, institution) = await Factory.WithDatabaseAsync(async db => (
            await db.Users.Where(u => u.Id == first.Id).Select(u => u.DisplayName).SingleAsync(),
            await db.Cohorts.Where(c => c.Id == world.CohortId).Join(db.CourseVersions, c => c.CourseVersionId, v => v.Id, (c, v) => v.Title).SingleAsync(),
            await db.Institutions.Where(i => i.Id == world.InstitutionId).Select(i => i.Name).SingleAsync()));
        Assert.Equal((name, title, institution), (printed.RecruitName, printed.CourseTitle, printed.InstitutionName));
        Assert.True(printed.ContactHours > 0);
        Assert.True(printed.IsValid);
    }

    [SkippableFact]
    public async Task A_certificate_carries_the_title_and_statement_its_course_declares()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        await Certify.CompleteEverythingAsync(world, enrollment);

        await Certify.CloseAsync(world);

        var issued = Assert.Single(await CertificatesAsync(world));
        var declared = ExpectedCourses.ShippedCourse(CompletionWorld.Course).Certificate!;
        Assert.Equal((declared.Title, declared.Statement), (issued.Title, issued.Statement));
    }

    [SkippableFact]
    public async Task Numbers_run_on_without_gaps_across_cohorts_of_an_institution_and_use_its_certificate_code()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var second = await CompletionWorld.CreateAsync(Factory, world.InstitutionId, world.Lead);
        await Factory.WithDatabaseAsync(async db =>
        {
            var institution = await db.Institutions.SingleAsync(i => i.Id == world.InstitutionId);
            institution.Update(institution.Name, institution.CountryCode, institution.TimeZoneId, $"T{world.InstitutionId}-ACAD", Factory.Now);
            return await db.SaveChangesAsync();
        });
        foreach (var cohort in new[] { world, second })
        {
            var (_, enrollment) = await cohort.EnrolAsync();
            await Certify.CompleteEverythingAsync(cohort, enrollment);
            await Certify.CloseAsync(cohort);
        }

        var serials = (await CertificatesAsync(world)).Concat(await CertificatesAsync(second)).Select(c => c.Serial).Order().ToList();

        var year = (await CertificatesAsync(world)).Single().Year;
        Assert.Equal([$"T{world.InstitutionId}-ACAD-{year}-00001", $"T{world.InstitutionId}-ACAD-{year}-00002"], serials);
    }

    [SkippableFact]
    public async Task A_correction_after_closing_revokes_the_certificate_and_a_second_one_issues_a_new_one()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        await Certify.CompleteEverythingAsync(world, enrollment);
        await Certify.CloseAsync(world);
        var issued = Assert.Single(await CertificatesAsync(world));

        await CorrectAsync(world, world.FirstWorkshop, enrollment, Absent);
        var afterAbsence = Assert.Single(await CertificatesAsync(world));
        await CorrectAsync(world, world.FirstWorkshop, enrollment, Present);
        var afterCorrection = await CertificatesAsync(world);

        Assert.True(Assert.Single(await world.RecordsAsync()).Completed);
        Assert.Equal((issued.Id, false, CertificateRevocation.NoLongerCompleted), (afterAbsence.Id, afterAbsence.IsValid, afterAbsence.RevocationReason));
        Assert.Equal(2, afterCorrection.Count);
        var reissued = Assert.Single(afterCorrection, c => c.IsValid);
        Assert.NotEqual(issued.Serial, reissued.Serial);
        Assert.NotEqual(issued.VerificationCode, reissued.VerificationCode);
        Assert.Equal(issued.Number + 1, reissued.Number);
    }

    [SkippableFact]
    public async Task The_database_keeps_one_valid_certificate_per_enrolment()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        await Certify.CompleteEverythingAsync(world, enrollment);
        await Certify.CloseAsync(world);
        var issued = Assert.Single(await CertificatesAsync(world));

        var duplicate = await Record.ExceptionAsync(() => Factory.WithDatabaseAsync(async db =>
        {
            db.Certificates.Add(Certificate.Issue(enrollment, world.InstitutionId, "DUP", issued.Year, 99, "X", "salt", new CertificateText(
                issued.RecruitName, issued.CourseTitle, issued.CourseVersionLabel, 1, 0, issued.CompletedOn, issued.InstitutionName, "", "", [],
                null),
                world.Lead.Id, Factory.Now));
            return await db.SaveChangesAsync();
        }));

        Assert.IsType<DbUpdateException>(duplicate);
    }

    [SkippableFact]
    public async Task Anyone_checks_a_code_and_sees_what_was_printed_and_whether_it_still_stands()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, enrollment) = await world.EnrolAsync();
        await Certify.CompleteEverythingAsync(world, enrollment);
        await Certify.CloseAsync(world);
        var issued = Assert.Single(await CertificatesAsync(world));
        var visitor = NewVisitor();

        var valid = await visitor.OpenAsync($"/verify/{issued.VerificationCode}");
        var typedLoosely = await visitor.OpenAsync($"/verify?code={Uri.EscapeDataString(issued.VerificationCode.Replace("-", " ").ToLowerInvariant())}");
        await CorrectAsync(world, world.FirstWorkshop, enrollment, Absent);
        var revoked = await visitor.OpenAsync($"/verify/{issued.VerificationCode}");

        Assert.Equal("Valid", Standing(valid));
        Assert.Contains(issued.Serial, valid.Text);
        Assert.Contains(issued.RecruitName, valid.Text);
        Assert.Contains(issued.CourseTitle, valid.Text);
        Assert.Equal("Valid", Standing(typedLoosely));
        Assert.Equal("Revoked", Standing(revoked));
        Assert.Contains("Revoked on", revoked.Text);
        Assert.DoesNotContain(CertificateRevocation.NoLongerCompleted, revoked.Text);
    }

    [SkippableFact]
    public async Task An_unknown_code_and_a_malformed_one_get_the_same_not_found_page()
    {
        var visitor = NewVisitor();

        var unknown = await visitor.FollowAsync(await visitor.GetAsync("/verify/CCCC-DDDD-EEEE-FFFF-GGGG"));
        var malformed = await visitor.FollowAsync(await visitor.GetAsync("/verify/%3Cscript%3E"));

        Assert.Equal((System.Net.HttpStatusCode.NotFound, System.Net.HttpStatusCode.NotFound), (unknown.Status, malformed.Status));
        Assert.Contains("No certificate with this code", unknown.Text);
        Assert.Equal(unknown.Text, malformed.Text);
    }

    [SkippableFact]
    public async Task A_burst_of_codes_from_one_address_is_refused_with_a_readable_page()
    {
        await using var installation = Factory.NewInstallation();
        var visitor = new Visitor(installation);

        var statuses = new List<System.Net.HttpStatusCode>();
        for (var i = 0; i <= CertificatesServices.VerificationsPerMinute; i++)
            statuses.Add((await visitor.GetAsync($"/verify/CCCC-DDDD-EEEE-FFFF-{i % 10}{i % 10}{i % 10}{i % 10}")).StatusCode);
        var refused = await visitor.GetAsync("/verify");

        Assert.All(statuses.Take(CertificatesServices.VerificationsPerMinute), s => Assert.Equal(System.Net.HttpStatusCode.NotFound, s));
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Too many requests", await refused.Content.ReadAsStringAsync());
        Assert.True(refused.Headers.RetryAfter is not null);
    }

    [SkippableFact]
    public async Task In_production_a_cohort_is_not_closed_while_the_public_address_for_its_certificates_is_unset()
    {
        await using var installation = Factory.NewInstallation();
        installation.HasPublicBaseAddress = false;
        var world = await CompletionWorld.CreateAsync(installation);
        var (_, enrollment) = await world.EnrolAsync();
        await Certify.CompleteEverythingAsync(world, enrollment);
        var version = await new Scheduling(installation).VersionAsync(world.CohortId);

        var outcome = await installation.AsAsync(world.Lead, services => services.GetRequiredService<CloseCohort.Handler>().HandleAsync(
            world.CohortId, new CloseCohort.Command { Version = version, ConfirmMissingRollCalls = true, Confirmed = true }, CancellationToken.None));

        Assert.False(outcome.Succeeded);
        Assert.Equal(CloseCohort.NoPublicAddress, Assert.Single(outcome.Errors).ErrorMessage);
        Assert.Equal(CohortState.InProgress, await world.StateAsync());
        Assert.Equal(0, await installation.WithDatabaseAsync(db => db.Certificates.CountAsync()));
        Assert.Contains(installation.Logs.Messages(Microsoft.Extensions.Logging.LogLevel.Error),
            m => m.Contains("Certificates:PublicBaseAddress is not set", StringComparison.Ordinal));
    }

    static string Standing(HtmlPage page) => page.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-standing")!;

    // An instructor corrects a mark of the closed cohort, with a reason, through the attendance book.
    Task CorrectAsync(CompletionWorld world, int sessionId, int enrollmentId, AttendanceMark mark) =>
        Factory.WithServicesAsync(async services =>
        {
            var write = await services.GetRequiredService<AttendanceBook>().RecordAsync(sessionId, null,
                new Dictionary<int, AttendanceMark> { [enrollmentId] = mark }, AttendanceSource.RollCall, world.Lead.Id,
                "The sheet was read wrongly.", CancellationToken.None);
            Assert.False(write.Conflicted || write.Refused is not null, $"The correction was refused: {write.Refused}");
        });

    Task<List<Certificate>> CertificatesAsync(CompletionWorld world) => Factory.WithDatabaseAsync(db =>
        db.Certificates.AsNoTracking().Where(c => db.Enrollments.Any(e => e.Id == c.EnrollmentId && e.CohortId == world.CohortId))
            .OrderBy(c => c.Id).ToListAsync());

    [GeneratedRegex("^[ACDEFGHJKMNPQRTWXY34679]{4}(-[ACDEFGHJKMNPQRTWXY34679]{4}){4}$")]
    private static partial Regex CodeShape();

    public sealed class OnSqlite(SqliteLmsFactory factory) : IssuingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : IssuingTests(factory), IClassFixture<PostgresLmsFactory>;
}
