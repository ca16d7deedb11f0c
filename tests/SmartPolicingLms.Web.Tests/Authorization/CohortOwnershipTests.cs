using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Authorization;

// Who sees a cohort and who may change it: decided per cohort, beyond what the access table's roles say.
public abstract class CohortOwnershipTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_instructor_of_another_institution_finds_no_trace_of_the_cohort()
    {
        var world = await MatrixWorld.For(Factory);
        var stranger = NewVisitor();
        await stranger.SignInAsync(world.OtherInstitutionInstructor);
        var name = await CohortNameAsync(world.Cohort);

        var list = await stranger.OpenAsync("/cohorts");

        Assert.DoesNotContain(name, list.Text);
        foreach (var url in new[] { $"/cohorts/{world.Cohort}", $"/cohorts/{world.Cohort}/edit", $"/cohorts/{world.Cohort}/slots/{world.Slot}",
                     $"/calendar/cohorts/{world.Cohort}" })
        {
            var response = await stranger.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {url}: {Outcomes.Describe(response)}");
            Assert.DoesNotContain(name, await response.Content.ReadAsStringAsync());
        }
    }

    [SkippableFact]
    public async Task An_instructor_of_the_same_institution_who_does_not_teach_the_cohort_can_view_it_but_not_change_it()
    {
        var world = await MatrixWorld.For(Factory);
        var (colleague, person) = await SignedInAsync(Roles.Instructor, world.OwnInstitution);
        var before = await Factory.WithDatabaseAsync(db => db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == world.Cohort));

        var page = await colleague.OpenAsync($"/cohorts/{world.Cohort}");
        var edit = await colleague.FollowAsync(await colleague.GetAsync($"/cohorts/{world.Cohort}/edit"));
        var forged = await ForgedEditAsync(world, colleague, "Renamed by someone who does not teach it");
        var direct = await EditAsync(world, person, "Renamed through the use case");

        Assert.Contains(before.Name, page.Text);
        Assert.DoesNotContain("cohort-state", page.FormNames);
        Assert.DoesNotContain(page.Links, l => l.EndsWith("/edit") || l.Contains("/slots/") || l.Contains("/sessions/"));
        Assert.Equal(HttpStatusCode.Forbidden, edit.Status);
        Assert.Contains(CohortAccess.ReadOnlyMessage, edit.Text);
        Assert.Null(edit.Form("edit-cohort"));
        Assert.False(forged.IsSuccessStatusCode || Visitor.IsRedirect(forged.StatusCode), $"forged edit: {Outcomes.Describe(forged)}");
        Assert.Equal([CohortAccess.ReadOnlyMessage], direct);
        var after = await Factory.WithDatabaseAsync(db => db.Cohorts.AsNoTracking().SingleAsync(c => c.Id == world.Cohort));
        Assert.Equal((before.Name, before.Version), (after.Name, after.Version));
    }

    [SkippableFact]
    public async Task Teaching_one_of_its_sessions_makes_an_instructor_one_of_the_cohorts_instructors()
    {
        var world = await MatrixWorld.For(Factory);
        var (colleague, person) = await SignedInAsync(Roles.Instructor, world.OwnInstitution);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.GetAsync($"/cohorts/{world.Cohort}/edit")).StatusCode);

        var lead = world.SignedIn[Roles.Instructor];
        var session = await lead.OpenAsync($"/cohorts/{world.Cohort}/sessions/{world.Session}");
        var teachers = session.Document.QuerySelectorAll("input[name='Input.InstructorIds'][checked]").Select(i => i.GetAttribute("value")!);
        var saved = await lead.SubmitAsync(session, "session", [.. teachers.Append(person.Id).Select(id => ("Input.InstructorIds", id))]);

        Assert.Equal($"/cohorts/{world.Cohort}", Visitor.RedirectPath(saved));
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync($"/cohorts/{world.Cohort}/edit")).StatusCode);
        Assert.Contains("cohort-state", (await colleague.OpenAsync($"/cohorts/{world.Cohort}")).FormNames);
    }

    [SkippableFact]
    public async Task A_program_officer_sees_only_the_cohorts_of_institutions_they_follow()
    {
        var world = await MatrixWorld.For(Factory);
        var officer = world.SignedIn[Roles.ProgramOfficer];
        var (both, _) = await FollowingAsync(world.OwnInstitution, world.OtherInstitution);
        var (own, other) = (await CohortNameAsync(world.Cohort), await CohortNameAsync(world.OtherCohort));

        var list = await officer.OpenAsync("/cohorts");
        var listOfBoth = await both.OpenAsync("/cohorts");
        var audit = await officer.OpenAsync($"/audit?cohort={world.OtherCohort}");

        Assert.Contains(own, list.Text);
        Assert.DoesNotContain(other, list.Text);
        Assert.Contains(own, listOfBoth.Text);
        Assert.Contains(other, listOfBoth.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/cohorts/{world.OtherCohort}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await both.GetAsync($"/cohorts/{world.OtherCohort}")).StatusCode);
        Assert.DoesNotContain(other, audit.Text);
        Assert.Contains("No entries.", audit.Text);
    }

    async Task<(Visitor, Person)> FollowingAsync(params int[] institutions)
    {
        var person = await People.CreateAsync(Roles.ProgramOfficer, followedInstitutions: institutions);
        var visitor = NewVisitor();
        await visitor.SignInAsync(person);
        return (visitor, person);
    }

    Task<string> CohortNameAsync(int id) => Factory.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == id).Select(c => c.Name).SingleAsync());

    // The lead's edit form, posted by the colleague with their own antiforgery token: what a hand-made request can do.
    static async Task<HttpResponseMessage> ForgedEditAsync(MatrixWorld world, Visitor colleague, string name)
    {
        var leadsForm = await world.SignedIn[Roles.Instructor].OpenAsync($"/cohorts/{world.Cohort}/edit");
        var token = (await colleague.OpenAsync("/cohorts/new")).Document
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await colleague.SubmitAsync(leadsForm, "edit-cohort", ("Input.Name", name), ("__RequestVerificationToken", token));
    }

    async Task<IReadOnlyList<string>> EditAsync(MatrixWorld world, Person person, string name)
    {
        IReadOnlyList<string> errors = [];
        await Factory.AsAsync(person, async services =>
        {
            var (_, form, _) = await services.GetRequiredService<EditCohort.Query>().HandleAsync(world.Cohort, default);
            form!.Name = name;
            var outcome = await services.GetRequiredService<EditCohort.Handler>().HandleAsync(form, default);
            errors = [.. outcome.Errors.Select(e => e.ErrorMessage)];
        });
        return errors;
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CohortOwnershipTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CohortOwnershipTests(factory), IClassFixture<PostgresLmsFactory>;
}
