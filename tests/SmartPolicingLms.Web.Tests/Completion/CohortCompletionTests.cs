using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Completion;

public abstract class CohortCompletionTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_cohort_pass_decides_every_recruit_exactly_as_the_single_recruit_path_does()
    {
        var earlier = await CompletionWorld.CreateAsync(Factory);
        var world = await CompletionWorld.CreateAsync(Factory, earlier.InstitutionId, earlier.Lead);
        // A recruit who attended module 2 in an earlier cohort and transferred in; others with a mix of marks and tests.
        var (mover, before) = await earlier.EnrolAsync();
        await earlier.MarkAsync(earlier.Lecture, (before, Present));
        await earlier.ResultsAsync(before, pre: 30m, post: null);
        var (_, transferred) = await world.EnrolAsync(mover, transferredFrom: before);
        var (_, full) = await world.EnrolAsync();
        var (_, late) = await world.EnrolAsync();
        var (_, nothing) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (full, Present), (late, Late), (nothing, Absent));
        await world.MarkAsync(world.FirstWorkshop, (transferred, Present), (full, Present), (late, Excused), (nothing, Absent));
        await world.MarkAsync(world.SecondWorkshop, (transferred, Present), (full, Present), (late, Present));
        await world.ResultsAsync(full, pre: 50m, post: 75m);
        await world.ResultsAsync(late, pre: null, post: 65m, read: false);
        await world.ResultsAsync(transferred, pre: null, post: 90m);

        IReadOnlyDictionary<int, (CompletionFacts Facts, CompletionResult Result)> batch = null!;
        var single = new Dictionary<int, CompletionResult>();
        await Factory.WithServicesAsync(async services =>
        {
            var completion = services.GetRequiredService<RecruitCompletion>();
            batch = await completion.CohortAsync(world.CohortId, CancellationToken.None);
            foreach (var id in new[] { transferred, full, late, nothing })
                single[id] = await completion.DecideAsync(id, CancellationToken.None);
        });

        Assert.Equal(single.Keys.Order(), batch.Keys.Order());
        foreach (var (id, result) in single)
        {
            var other = batch[id].Result;
            Assert.Equal((result.Completed, result.AttendedHours, result.RequiredHours), (other.Completed, other.AttendedHours, other.RequiredHours));
            Assert.Equal(result.Missing, other.Missing);
        }
        // The cases differ, so agreement is not agreement on one answer.
        Assert.True(single[transferred].Completed);
        Assert.True(single[full].Completed);
        Assert.Equal(2.5m, single[full].AttendedHours);
        Assert.Equal(1.25m, single[late].AttendedHours);
        Assert.Equal(0m, single[nothing].AttendedHours);
        Assert.True(batch[transferred].Facts.PreTestTaken);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CohortCompletionTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CohortCompletionTests(factory), IClassFixture<PostgresLmsFactory>;
}
