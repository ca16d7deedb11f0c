using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.AttendanceSheets;

// A typed-up sign-in sheet records hours attended like a roll call, so it is refused before the roll call opens.
public abstract class ImportBeforeTheSessionTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_import_before_the_roll_call_opens_is_refused_saying_when_and_records_nothing()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        await world.EnrolAsync(("Ama Mensah", "GPS-0101"));
        var starts = await Scheduling.StartsInAsync(world.SessionId, TimeSpan.FromMinutes(31));
        var opens = $"{starts.AddMinutes(-30):HH:mm} (Africa/Accra time)";
        var csv = Encoding.UTF8.GetBytes("service_number,name,mark\nGPS-0101,Ama Mensah,Present\n");

        var page = await world.Instructor.OpenAsync(world.ImportUrl);
        var outcome = await Factory.AsAsync(world.Cohort.Lead, services => services.GetRequiredService<ImportAttendance.Handler>()
            .HandleAsync(new ImportAttendance.Command(world.Cohort.CohortId, world.SessionId, csv, null), CancellationToken.None));

        Assert.Null(page.Form("import-attendance"));
        Assert.Contains(opens, page.Document.QuerySelector("[data-testid=import-opens]")?.TextContent);
        Assert.Equal((false, RefusalKind.Invalid), (outcome.Succeeded, outcome.Kind));
        Assert.Contains(opens, Assert.Single(outcome.Errors).ErrorMessage);
        Assert.Empty(await world.MarksAsync());
        Assert.Empty(await world.ChangesAsync());
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ImportBeforeTheSessionTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ImportBeforeTheSessionTests(factory), IClassFixture<PostgresLmsFactory>;
}
