using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Enrolment;

public abstract class RecruitHomeTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_home_says_what_is_still_to_do_in_plain_words()
    {
        var (world, recruit) = await RecruitAsync();

        var home = await recruit.OpenAsync("/learn");
        var toDo = home.Document.QuerySelectorAll("[data-testid=to-do] li").Select(li => HtmlPage.Normalize(li.TextContent)).ToList();

        Assert.Matches(@"^Take the pre-test before \d{1,2} \w+( \d{4})?, \d\d:\d\d$", toDo[0]);
        Assert.StartsWith("Come to module 2 'The services near your station' on", toDo[1]);
        Assert.Contains("Read module 1 'Why referral matters'", toDo);
        Assert.Contains($"learn/cohorts/{world.CohortId}/tests/pre", home.Links);
        Assert.DoesNotContain($"learn/cohorts/{world.CohortId}/tests/post", home.Links);
        Assert.Contains(home.Links, l => l.EndsWith($"/calendar/cohort/{world.CalendarToken}.ics", StringComparison.Ordinal));
        Assert.Contains("Room 4", home.Text);
    }

    [SkippableFact]
    public async Task A_scored_pre_test_shows_its_score_and_leaves_the_to_do_list()
    {
        var (world, recruit) = await RecruitAsync();
        await world.DbAsync(async db =>
        {
            var enrollment = await db.Enrollments.SingleAsync(e => e.CohortId == world.CohortId);
            var attempt = TestAttempt.Start(enrollment.Id, TestKind.Pre, 1, AttemptSource.Online, null, Factory.Now);
            attempt.Submit(62.5m, Factory.Now);
            db.TestAttempts.Add(attempt);
            return await db.SaveChangesAsync();
        });

        var home = await recruit.OpenAsync("/learn");

        Assert.Contains("Pre-test: Your score: 62.5%.", home.Text);
        Assert.DoesNotContain("Take the pre-test", home.Text);
    }

    [SkippableFact]
    public async Task A_self_study_module_is_marked_read_once_however_often_it_is_submitted()
    {
        var (world, recruit) = await RecruitAsync();
        var url = $"/learn/cohorts/{world.CohortId}/modules/why-referral-matters";
        var module = await recruit.OpenAsync(url);

        var first = await recruit.SubmitAndFollowAsync(module, "mark-read");
        var replayed = await recruit.SubmitAndFollowAsync(module, "mark-read");
        var home = await recruit.OpenAsync("/learn");

        Assert.Contains("You marked this module as read on", first.Text);
        Assert.Equal(HttpStatusCode.OK, replayed.Status);
        Assert.Equal(1, await world.DbAsync(db => db.ModuleCompletions.CountAsync(c => db.Enrollments.Any(e => e.Id == c.EnrollmentId && e.CohortId == world.CohortId))));
        Assert.DoesNotContain("Read module 1", home.Text);
        Assert.Contains("self-study: 1 of 1 read", home.Text);
    }

    [SkippableFact]
    public async Task A_contact_module_shows_its_sessions_and_its_co_trainers_organisation()
    {
        var (world, recruit) = await RecruitAsync();
        await world.DbAsync(async db =>
        {
            var organisation = PartnerOrganisation.Create($"Org {Guid.NewGuid():N}"[..12], "GH", PartnerCommunity.Both, true, null, Factory.Now);
            db.PartnerOrganisations.Add(organisation);
            await db.SaveChangesAsync();
            var hidden = CoTrainer.Create(organisation.Id, "Hidden Name", consentToBeNamed: false, null, Factory.Now);
            db.CoTrainers.Add(hidden);
            await db.SaveChangesAsync();
            foreach (var slot in await db.SessionSlots.Where(s => db.CohortSessions.Any(x => x.Id == s.SessionId && x.CohortId == world.CohortId)).ToListAsync())
                slot.Fill(organisation.Id, hidden.Id, world.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });

        var module = await recruit.OpenAsync($"/learn/cohorts/{world.CohortId}/modules/making-a-referral");

        Assert.Contains("Room 4", module.Text);
        Assert.Contains("Co-trainer: Org", module.Text);
        Assert.DoesNotContain("A co-trainer from", module.Text);
        Assert.DoesNotContain("Hidden Name", module.Text);
        Assert.DoesNotContain("I have read this", module.Text);
    }

    [SkippableFact]
    public async Task Another_cohorts_pages_are_not_found()
    {
        var (_, recruit) = await RecruitAsync();
        var other = await EnrolmentWorld.CreateAsync(Factory);

        var module = await recruit.GetAsync($"/learn/cohorts/{other.CohortId}/modules/why-referral-matters");
        var recruits = await recruit.GetAsync(other.RecruitsPage);

        Assert.Equal(HttpStatusCode.NotFound, module.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, recruits.StatusCode);
    }

    [SkippableFact]
    public async Task A_withdrawn_recruit_keeps_their_home_but_loses_the_cohorts_tests_and_modules()
    {
        var (world, recruit) = await RecruitAsync();
        var enrollment = (await world.EnrollmentsAsync()).Single();
        var page = await world.Instructor.OpenAsync($"{world.RecruitsPage}/{enrollment.Id}");
        await world.Instructor.SubmitAndFollowAsync(page, "withdraw", ("Withdrawal.Confirm", "true"));

        var home = await recruit.OpenAsync("/learn");
        var module = await recruit.GetAsync($"/learn/cohorts/{world.CohortId}/modules/why-referral-matters");

        Assert.Contains("You were withdrawn from", home.Text);
        Assert.DoesNotContain($"learn/cohorts/{world.CohortId}/tests/pre", home.Links);
        Assert.Equal(HttpStatusCode.NotFound, module.StatusCode);
        Assert.Contains(await world.AuditAsync(), e => e.Action == AuditAction.RecruitWithdrawn);
    }

    async Task<(EnrolmentWorld World, Visitor Recruit)> RecruitAsync()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var sn = $"R-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var sheet = await world.ImportAsync($"name,service number\nAma Mensah,{sn}\n");
        var recruit = await EnrolmentWorld.RecruitWithPasswordAsync(Factory, sn, EnrolmentWorld.Slips(sheet).Single().Code!, Harness.People.NewPassword());
        return (world, recruit);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RecruitHomeTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RecruitHomeTests(factory), IClassFixture<PostgresLmsFactory>;
}
