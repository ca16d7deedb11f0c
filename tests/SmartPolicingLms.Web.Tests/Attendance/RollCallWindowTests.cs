using System.Net;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Attendance;

// Marks count as hours attended, so a roll call opens only a short time before its session starts (30 minutes unless
// the installation says otherwise): earlier saves are refused by the server, whatever the page offered.
public abstract class RollCallWindowTests(LmsFactory factory) : LmsTest(factory)
{
    const string Bishkek = "Asia/Bishkek";

    [SkippableFact]
    public async Task A_roll_call_31_minutes_before_the_start_is_refused_saying_when_it_opens_and_29_minutes_before_it_is_saved()
    {
        var world = await RollCallWorld.CreateAsync(Factory, recruits: 1);
        await Scheduling.InZoneAsync(world.Cohort.InstitutionId, Bishkek);
        var starts = await Scheduling.StartsInAsync(world.SessionId, TimeSpan.FromMinutes(31));
        var present = new TakeRollCall.Command { Marks = new() { [world.Recruits[0].EnrollmentId] = nameof(Present) } };
        var opens = $"{TimeZoneInfo.ConvertTimeFromUtc(starts.AddMinutes(-30), TimeZoneInfo.FindSystemTimeZoneById(Bishkek)):HH:mm} ({Bishkek} time)";

        var page = await world.Lead.OpenAsync(world.Page);
        var posted = await world.Lead.SubmitAndFollowAsync(page, "roll-call", world.Mark(0, Present), ("Input.Action", "save"));
        var early = await world.TakeAsync(world.Cohort.Lead, present);
        var storedEarly = await world.StoredAsync();
        var changesEarly = await world.ChangesAsync();
        Factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var onTime = await world.TakeAsync(world.Cohort.Lead, present);

        Assert.Null(page.Document.QuerySelector("[data-testid=save-roll-call]"));
        Assert.Contains(opens, page.Document.QuerySelector("[data-testid=roll-call-early]")?.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Contains(opens, posted.Text);
        Assert.Equal((false, RefusalKind.Invalid), (early.Succeeded, early.Kind));
        Assert.Contains(opens, Assert.Single(early.Errors).ErrorMessage);
        Assert.Empty(storedEarly);
        Assert.Empty(changesEarly);
        Assert.True(onTime.Succeeded, string.Join(" ", onTime.Errors.Select(e => e.ErrorMessage)));
        Assert.Equal([Present], (await world.StoredAsync()).Values);
    }

    [SkippableFact]
    public async Task The_installation_setting_moves_when_the_roll_call_opens()
    {
        await using var installation = Factory.NewInstallation();
        installation.OperatorSettings["Attendance:OpenMinutesBeforeStart"] = "90";
        var world = await RollCallWorld.CreateAsync(installation, recruits: 1);
        var scheduling = new Scheduling(installation);
        var present = new TakeRollCall.Command { Marks = new() { [world.Recruits[0].EnrollmentId] = nameof(Present) } };

        await scheduling.StartsInAsync(world.SessionId, TimeSpan.FromMinutes(91));
        var tooEarly = await world.TakeAsync(world.Cohort.Lead, present);
        await scheduling.StartsInAsync(world.SessionId, TimeSpan.FromMinutes(60));
        var anHourAhead = await world.TakeAsync(world.Cohort.Lead, present);

        Assert.Equal((false, RefusalKind.Invalid), (tooEarly.Succeeded, tooEarly.Kind));
        Assert.True(anHourAhead.Succeeded, string.Join(" ", anHourAhead.Errors.Select(e => e.ErrorMessage)));
        Assert.Equal([Present], (await world.StoredAsync()).Values);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RollCallWindowTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RollCallWindowTests(factory), IClassFixture<PostgresLmsFactory>;
}
