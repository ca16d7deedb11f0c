using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Attendance;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Attendance;

// The one write path for marks, below the pages that check their input first.
public abstract class AttendanceBookTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Marks_naming_someone_withdrawn_since_the_page_was_read_are_refused_whole_and_nothing_is_written()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, staying) = await world.EnrolAsync();
        var (_, leaving) = await world.EnrolAsync();
        await Factory.WithDatabaseAsync(async db =>
        {
            (await db.Enrollments.SingleAsync(e => e.Id == leaving)).Withdraw(world.Lead.Id, Factory.Now);
            return await db.SaveChangesAsync();
        });

        AttendanceWrite? write = null;
        await Factory.WithServicesAsync(async services => write = await services.GetRequiredService<AttendanceBook>().RecordAsync(
            world.Lecture, 0, new Dictionary<int, AttendanceMark> { [staying] = AttendanceMark.Present, [leaving] = AttendanceMark.Present },
            AttendanceSource.SheetImport, world.Lead.Id, null, CancellationToken.None));

        Assert.Equal(AttendanceBook.RosterChanged, write!.Refused);
        Assert.Empty(write.Written);
        var stored = await Factory.WithDatabaseAsync(async db => (
            await db.AttendanceRecords.CountAsync(r => r.SessionId == world.Lecture),
            await db.AttendanceChanges.CountAsync(c => c.SessionId == world.Lecture),
            await db.RollCalls.CountAsync(r => r.SessionId == world.Lecture)));
        Assert.Equal((0, 0, 0), stored);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : AttendanceBookTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : AttendanceBookTests(factory), IClassFixture<PostgresLmsFactory>;
}
