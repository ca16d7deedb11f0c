using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Reports;
using SmartPolicingLms.Web.Tests.Certificates;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Reports;

// Targets set on their page, and the officers trained against them on the report.
public abstract class TargetTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_target_set_shows_trained_against_it_and_the_figure_moves_when_another_cohort_closes()
    {
        var world = await ReportWorld.CreateAsync(Factory);
        var visitor = await world.Closed.SignedInAsync(world.Officer);
        var year = Factory.Now.AddDays(-1).Year;

        var saved = await SetAsync(visitor, world.InstitutionId, year, "10");
        var before = await visitor.OpenAsync(world.Report());
        await Certify.CloseAsync(world.Running);
        var after = await visitor.OpenAsync(world.Report());

        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("10", saved.Document.QuerySelector("[data-testid=targets]")!.TextContent);
        Assert.Equal(("1", "10", "10%"), Figure(before));
        Assert.Equal(("2", "10", "20%"), Figure(after));
        var entry = await Factory.WithDatabaseAsync(db => db.AuditEntries.Where(e => e.Subject == AuditSubject.TrainingTarget).OrderBy(e => e.Id).LastAsync());
        Assert.Equal((AuditAction.Set, world.Officer.Id), (entry.Action, entry.UserId));
    }

    [SkippableFact]
    public async Task Two_people_setting_the_same_target_at_once_the_second_is_refused_with_a_conflict()
    {
        var institution = await People.CreateInstitutionAsync();
        var (first, _) = await SignedInAsync(Roles.ProgramOfficer, institution);
        var (second, _) = await SignedInAsync(Roles.Administrator);
        var form = Form(institution, 2031);
        var firstForm = await first.OpenAsync(form);
        var secondForm = await second.OpenAsync(form);

        var won = await first.SubmitAndFollowAsync(firstForm, "set-target", ("Input.Officers", "40"));
        var lost = await second.SubmitAndFollowAsync(secondForm, "set-target", ("Input.Officers", "55"));

        Assert.Equal(HttpStatusCode.OK, won.Status);
        Assert.Equal(HttpStatusCode.Conflict, lost.Status);
        Assert.Contains(SetTarget.ConflictMessage, lost.Text);
        Assert.Equal("40", lost.Document.QuerySelector("#officers")!.GetAttribute("value"));
        Assert.Equal(40, await Factory.WithDatabaseAsync(db => db.TrainingTargets.Where(t => t.InstitutionId == institution).Select(t => t.Officers).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_target_without_a_number_of_officers_is_refused_beside_that_field()
    {
        var institution = await People.CreateInstitutionAsync();
        var (visitor, _) = await SignedInAsync(Roles.ProgramOfficer, institution);
        var form = await visitor.OpenAsync(Form(institution, 2031));

        var refused = await visitor.SubmitAndFollowAsync(form, "set-target", ("Input.Officers", ""), ("Input.Year", "1999"));

        Assert.Equal(["Enter the number of officers to train."], refused.MessagesBeside("Input.Officers"));
        Assert.Equal(["The year must be between 2000 and 2100."], refused.MessagesBeside("Input.Year"));
        Assert.False(await Factory.WithDatabaseAsync(db => db.TrainingTargets.AnyAsync(t => t.InstitutionId == institution)));
    }

    static string Form(int institution, int year) => $"/reports/targets?institution={institution}&course={CompletionCourse}&year={year}";

    const string CompletionCourse = Completion.CompletionWorld.Course;

    static async Task<HtmlPage> SetAsync(Visitor visitor, int institution, int year, string officers)
    {
        var form = await visitor.OpenAsync(Form(institution, year));
        return await visitor.SubmitAndFollowAsync(form, "set-target", ("Input.Officers", officers));
    }

    static (string Trained, string Target, string Share) Figure(HtmlPage report)
    {
        var row = report.Document.QuerySelector("[data-testid=targets] tbody tr")!;
        string Cell(string id) => row.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        return (Cell("trained"), Cell("target"), Cell("share"));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : TargetTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : TargetTests(factory), IClassFixture<PostgresLmsFactory>;
}
