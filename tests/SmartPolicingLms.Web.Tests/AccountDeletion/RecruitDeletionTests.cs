using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Features.CohortResults;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Certificates;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.AccountDeletion;

// A recruit with results and a certificate deletes their personal data from their account's page: the account can never
// sign in again and names nobody, while their cohort's statistics still count them.
public abstract class RecruitDeletionTests(LmsFactory factory) : LmsTest(factory)
{
    const string Page = "/Account/Manage/DeletePersonalData";

    [SkippableFact]
    public async Task A_certified_recruit_deletes_their_data_and_no_table_names_them_while_their_scores_still_count()
    {
        var name = $"Aigul {Guid.NewGuid():N}";
        var serviceNumber = $"SN{Guid.NewGuid():N}"[..16];
        var (world, recruit, certificate) = await Certify.CertifiedAsync(Factory, name);
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == recruit.Id)).ServiceNumber = serviceNumber;
            return await db.SaveChangesAsync();
        });
        var resultsBefore = await ResultsAsync(world.Lead, world.CohortId);
        var foundBefore = await DatabaseSearch.WhereAsync(Factory, name);
        var browser = await world.SignedInAsync(recruit);
        var stolen = browser.WithCopiedCookies(Factory);

        var page = await browser.OpenAsync(Page);
        var response = await browser.SubmitAsync(page, "delete-user", ("Input.Password", recruit.Password));

        Assert.Equal("Anonymise", page.Document.QuerySelector("[data-testid=deletion-explained]")?.GetAttribute("data-way"));
        Assert.Contains("stay in the statistics of your cohorts, without your name", page.Text);
        Assert.Equal("/Account/Login", Visitor.RedirectPath(response));
        Assert.NotEmpty(foundBefore);
        Assert.Empty(await DatabaseSearch.WhereAsync(Factory, name));
        Assert.Empty(await DatabaseSearch.WhereAsync(Factory, serviceNumber));
        Assert.Empty(await DatabaseSearch.WhereAsync(Factory, recruit.Email));
        var resultsAfter = await ResultsAsync(world.Lead, world.CohortId);
        Assert.Equal(resultsBefore.Summary, resultsAfter.Summary);
        Assert.Equal(ClosedAccounts.DeletedLabel, Assert.Single(resultsAfter.Recruits).Name);
        Assert.Equal(Outcome.SignIn, Outcomes.Of(await stolen.GetAsync("/catalogue")));
        Assert.False(Visitor.IsRedirect((await new Visitor(Factory).TrySignInAsync(recruit.Email, recruit.Password)).StatusCode));
    }

    [SkippableFact]
    public async Task The_deleted_recruits_certificate_verifies_as_revoked_without_a_name_and_is_never_issued_again()
    {
        var (world, recruit, certificate) = await Certify.CertifiedAsync(Factory, $"Kofi {Guid.NewGuid():N}");
        var browser = await world.SignedInAsync(recruit);
        var page = await browser.OpenAsync(Page);
        await browser.SubmitAsync(page, "delete-user", ("Input.Password", recruit.Password));

        // A later correction to the closed cohort recomputes the completion record, which still says completed.
        await Factory.AsAsync(world.Lead, services => services.GetRequiredService<CompletionRecords>()
            .RefreshAsync(certificate.EnrollmentId, world.Lead.Id, CancellationToken.None));
        var verified = await Factory.AsAsync(world.Lead, services =>
            services.GetRequiredService<VerifyCertificate>().HandleAsync(certificate.VerificationCode, CancellationToken.None));
        var publicPage = await new Visitor(Factory).OpenAsync($"/verify/{certificate.VerificationCode}");
        var stored = await Factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().Where(c => c.EnrollmentId == certificate.EnrollmentId).ToListAsync());

        Assert.Equal(VerifyCertificate.Standing.Revoked, verified!.Standing);
        Assert.Equal("", verified.RecruitName);
        Assert.DoesNotContain("Name", publicPage.Document.QuerySelector("[data-testid=verification]")!.TextContent);
        var only = Assert.Single(stored);
        Assert.Equal(CertificateRevocation.WithdrawnByPerson, only.RevocationReason);
    }

    async Task<ShowResults.Model> ResultsAsync(Person lead, int cohortId)
    {
        var (model, refusal) = await Factory.AsAsync(lead, services =>
            services.GetRequiredService<ShowResults>().HandleAsync(cohortId, CancellationToken.None));
        Assert.Null(refusal);
        return model!;
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RecruitDeletionTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RecruitDeletionTests(factory), IClassFixture<PostgresLmsFactory>;
}
