using SmartPolicingLms.Web.Features.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Enrolment;

public abstract class JoinCodeTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_recruit_of_the_institution_joins_with_the_code_in_any_case_and_spacing()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var code = await OpenJoinCodeAsync(world);
        var (recruit, _) = await SignedInAsync(Roles.Recruit, world.InstitutionId);

        var joined = await JoinAsync(recruit, code.ToLowerInvariant().Replace("-", " "));

        Assert.Equal("/learn", joined.Path);
        Assert.Contains((await world.EnrollmentsAsync()), e => e.IsActive);
        Assert.Contains(await world.AuditAsync(), e => e.Action == AuditAction.JoinCodeOpened);
    }

    [SkippableFact]
    public async Task A_recruit_of_another_institution_is_told_the_code_is_unknown()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var code = await OpenJoinCodeAsync(world);
        var (stranger, _) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());

        var page = await JoinAsync(stranger, code);

        Assert.Contains(JoinCohort.UnknownMessage, page.Text);
        Assert.Empty(await world.EnrollmentsAsync());
    }

    [SkippableFact]
    public async Task A_full_cohort_takes_no_one_more_and_a_closed_code_no_one_at_all()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory, capacity: 1);
        var code = await OpenJoinCodeAsync(world);
        var (first, _) = await SignedInAsync(Roles.Recruit, world.InstitutionId);
        var (second, _) = await SignedInAsync(Roles.Recruit, world.InstitutionId);
        await JoinAsync(first, code);

        var full = await JoinAsync(second, code);
        var recruits = await world.Instructor.OpenAsync(world.RecruitsPage);
        await world.Instructor.SubmitAndFollowAsync(recruits, "join-code", ("open", "false"));
        var closed = await JoinAsync(second, code);

        Assert.Contains(JoinCohort.FullMessage, full.Text);
        Assert.Contains(JoinCohort.UnknownMessage, closed.Text);
        Assert.Single(await world.EnrollmentsAsync());
    }

    static async Task<string> OpenJoinCodeAsync(EnrolmentWorld world)
    {
        var page = await world.Instructor.OpenAsync(world.RecruitsPage);
        var opened = await world.Instructor.SubmitAndFollowAsync(page, "join-code", ("open", "true"));
        return opened.Document.QuerySelector("[data-testid=join-code]")!.TextContent.Trim();
    }

    static async Task<HtmlPage> JoinAsync(Visitor recruit, string code)
    {
        var page = await recruit.OpenAsync("/learn/join");
        return await recruit.SubmitAndFollowAsync(page, "join-cohort", ("Input.Code", code));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : JoinCodeTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : JoinCodeTests(factory), IClassFixture<PostgresLmsFactory>;
}
