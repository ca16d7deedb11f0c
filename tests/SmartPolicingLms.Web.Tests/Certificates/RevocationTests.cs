using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Certificates;

// Administrators and a cohort's lead instructors revoke a certificate with a reason, or re-issue it after a name
// correction; the public page then says revoked or replaced, and nobody else may do either.
public abstract class RevocationTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_lead_revokes_through_the_page_and_the_public_page_says_revoked_without_the_reason()
    {
        var (world, certificate) = await IssuedAsync();
        var lead = await world.SignedInAsync(world.Lead);
        var page = await lead.OpenAsync(Cohort(world));

        var refused = await lead.SubmitAndFollowAsync(page, $"revoke-{certificate.Id}", ("Revocation.Confirm", "false"));
        var stillValid = await StandingAsync(certificate);
        var done = await lead.SubmitAndFollowAsync(page, $"revoke-{certificate.Id}",
            ("Revocation.Reason", CertificateRevocation.IssuedInError), ("Revocation.Note", "Typed into the wrong cohort"),
            ("Revocation.Confirm", "true"));
        var verification = await NewVisitor().OpenAsync($"/verify/{certificate.VerificationCode}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("Choose why the certificate is revoked.", refused.Text);
        Assert.Contains("Tick the box to confirm the revocation.", refused.Text);
        Assert.True(stillValid);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("The certificate was revoked.", done.Text);
        Assert.Contains("Issued in error", done.Text);
        var stored = await StoredAsync(certificate.Id);
        Assert.Equal((CertificateRevocation.IssuedInError, "Typed into the wrong cohort", world.Lead.Id),
            (stored.RevocationReason, stored.RevocationNote, stored.RevokedByUserId));
        Assert.Equal("Revoked", verification.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-standing"));
        Assert.DoesNotContain("error", verification.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wrong cohort", verification.Text);
        var audit = await world.AuditAsync();
        Assert.Contains(audit, e => e.Action == AuditAction.Revoked && e.Subject == AuditSubject.Certificate && e.SubjectArguments == $"[\"{certificate.Serial}\"]" && e.UserId == world.Lead.Id);
    }

    [SkippableFact]
    public async Task Re_issue_after_a_name_correction_prints_the_new_name_under_a_new_serial_and_the_old_one_verifies_as_replaced()
    {
        var (world, old) = await IssuedAsync();
        var admin = await People.CreateAsync(Roles.Administrator);
        await Factory.WithDatabaseAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => db.Enrollments.Any(e => e.Id == old.EnrollmentId && e.RecruitUserId == u.Id));
            user.DisplayName = "Айгүл Өмүрбекова-Ңурланова";
            return await db.SaveChangesAsync();
        });
        var visitor = new Visitor(Factory);
        await visitor.SignInAsync(admin);
        var page = await visitor.OpenAsync(Cohort(world));
        Assert.Contains("Айгүл Өмүрбекова-Ңурланова", page.Text);

        var done = await visitor.SubmitAndFollowAsync(page, $"reissue-{old.Id}", ("Reissue.Confirm", "true"), ("Reissue.Note", "Name spelt wrongly"));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        var all = await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().Where(c => c.EnrollmentId == old.EnrollmentId)
            .OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(2, all.Count);
        var (before, after) = (all[0], all[1]);
        Assert.Equal(after.Id, before.ReplacedById);
        Assert.Equal(CertificateRevocation.Replaced, before.RevocationReason);
        Assert.False(before.IsValid);
        Assert.True(after.IsValid);
        Assert.Equal("Айгүл Өмүрбекова-Ңурланова", after.RecruitName);
        Assert.NotEqual(before.Serial, after.Serial);
        Assert.NotEqual(before.VerificationCode, after.VerificationCode);
        Assert.Equal(before.Number + 1, after.Number);
        Assert.Equal((before.CourseTitle, before.CompletedOn, before.ContactHours), (after.CourseTitle, after.CompletedOn, after.ContactHours));
        var anyone = NewVisitor();
        var oldPage = await anyone.OpenAsync($"/verify/{before.VerificationCode}");
        var newPage = await anyone.OpenAsync($"/verify/{after.VerificationCode}");
        Assert.Equal("Replaced", oldPage.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-standing"));
        Assert.DoesNotContain(after.Serial, oldPage.Text);
        Assert.Equal("Valid", newPage.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-standing"));
        Assert.Contains("Айгүл Өмүрбекова-Ңурланова", newPage.Text);
        Assert.Contains(await world.AuditAsync(), e => e.Action == AuditAction.Reissued && e.Subject == AuditSubject.Certificate && e.SubjectArguments == $"[\"{before.Serial}\"]"
            && e.After!.Contains(after.Serial));
    }

    [SkippableFact]
    public async Task The_recruit_keeps_only_the_certificate_that_stands()
    {
        var (world, old, recruit) = await IssuedToAsync();
        var replacement = await ReissueAsync(world, world.Lead, old.Id);
        Assert.True(replacement.Succeeded);
        var visitor = new Visitor(Factory);
        await visitor.SignInAsync(recruit);

        var home = await visitor.OpenAsync("/learn");
        var oldPdf = await visitor.GetAsync(CertificateLinks.Pdf(old.Id));
        var newPdf = await visitor.GetAsync(CertificateLinks.Pdf(replacement.Value));

        Assert.Single(home.Document.QuerySelectorAll("[data-testid=certificate-pdf]"));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (oldPdf.StatusCode, newPdf.StatusCode));
    }

    [SkippableFact]
    public async Task Only_administrators_and_the_cohorts_leads_revoke_or_re_issue()
    {
        var (world, certificate, recruit) = await IssuedToAsync();
        var otherInstructor = await People.CreateAsync(Roles.Instructor, world.InstitutionId);
        var officer = await People.CreateAsync(Roles.ProgramOfficer, followedInstitutions: [world.InstitutionId]);
        var stranger = await People.CreateAsync(Roles.ProgramOfficer);
        var command = new RevokeCertificate.Command { Reason = CertificateRevocation.IssuedInError, Confirm = true };

        var refusals = new List<RefusalKind>();
        foreach (var person in new[] { otherInstructor, officer, stranger, recruit })
        {
            var outcome = await Factory.AsAsync(person, services => services.GetRequiredService<RevokeCertificate.Handler>()
                .HandleAsync(world.CohortId, certificate.Id, command, CancellationToken.None));
            Assert.False(outcome.Succeeded);
            refusals.Add(outcome.Kind);
            Assert.False((await ReissueAsync(world, person, certificate.Id)).Succeeded);
        }
        var officerPage = await (await world.SignedInAsync(officer)).OpenAsync(Cohort(world));

        Assert.Equal([RefusalKind.Forbidden, RefusalKind.Forbidden, RefusalKind.NotFound, RefusalKind.NotFound], refusals);
        Assert.True(await StandingAsync(certificate));
        Assert.Equal(HttpStatusCode.OK, officerPage.Status);
        Assert.Contains(certificate.Serial, officerPage.Text);
        Assert.Null(officerPage.Form($"revoke-{certificate.Id}"));
    }

    [SkippableFact]
    public async Task Two_re_issues_at_the_same_moment_leave_one_valid_certificate()
    {
        var (world, certificate) = await IssuedAsync();
        var admin = await People.CreateAsync(Roles.Administrator);

        for (var round = 0; round < 3; round++)
        {
            var current = await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking()
                .SingleAsync(c => c.EnrollmentId == certificate.EnrollmentId && c.RevokedAt == null));
            using var barrier = new Barrier(2);
            var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(() =>
            {
                barrier.SignalAndWait();
                return ReissueAsync(world, i == 0 ? admin : world.Lead, current.Id);
            })));

            Assert.Single(outcomes, o => o.Succeeded);
            Assert.Single(outcomes, o => o.IsConflict);
        }
        var all = await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().Where(c => c.EnrollmentId == certificate.EnrollmentId)
            .ToListAsync());
        Assert.Single(all, c => c.IsValid);
        Assert.Equal(4, all.Count);
        Assert.Equal(Enumerable.Range(all.Min(c => c.Number), 4), all.Select(c => c.Number).Order());
    }

    async Task<(CompletionWorld World, Certificate Certificate)> IssuedAsync()
    {
        var (world, certificate, _) = await IssuedToAsync();
        return (world, certificate);
    }

    async Task<(CompletionWorld World, Certificate Certificate, Person Recruit)> IssuedToAsync()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await Certify.CompleteEverythingAsync(world, enrollment);
        await Certify.CloseAsync(world);
        return (world, await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.EnrollmentId == enrollment)), recruit);
    }

    Task<Outcome<int>> ReissueAsync(CompletionWorld world, Person person, int certificateId) =>
        Factory.AsAsync(person, services => services.GetRequiredService<ReissueCertificate.Handler>()
            .HandleAsync(world.CohortId, certificateId, new ReissueCertificate.Command { Confirm = true }, CancellationToken.None));

    Task<Certificate> StoredAsync(int id) => Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.Id == id));

    async Task<bool> StandingAsync(Certificate certificate) => (await StoredAsync(certificate.Id)).IsValid;

    static string Cohort(CompletionWorld world) => $"/cohorts/{world.CohortId}/certificates";

    public sealed class OnSqlite(SqliteLmsFactory factory) : RevocationTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RevocationTests(factory), IClassFixture<PostgresLmsFactory>;
}
