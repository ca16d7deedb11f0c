using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.CohortBoard;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.CohortBoard;

public abstract class BoardQueryTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_board_and_the_cohort_completion_pass_run_as_many_queries_for_ten_recruits_as_for_two()
    {
        var small = await CompletionWorld.CreateAsync(Factory);
        var large = await CompletionWorld.CreateAsync(Factory, small.InstitutionId, small.Lead);
        foreach (var (world, recruits) in new[] { (small, 2), (large, 10) })
        {
            var ids = new List<int>();
            for (var i = 0; i < recruits; i++)
                ids.Add((await world.EnrolAsync()).EnrollmentId);
            await world.MarkAsync(world.Lecture, [.. ids.Select((id, i) => (id, i % 3 == 0 ? Absent : Present))]);
            foreach (var id in ids)
                await world.ResultsAsync(id, pre: 50m, post: 60m + ids.IndexOf(id));
        }

        using var counter = new CommandCounter();
        async Task<(int Board, int Completion, int Rows)> MeasureAsync(CompletionWorld world)
        {
            var rows = 0;
            var board = 0;
            var completion = 0;
            await Factory.AsAsync(world.Lead, async services =>
            {
                var show = services.GetRequiredService<ShowCohortBoard>();
                board = await counter.CountAsync(async () =>
                    rows = (await show.HandleAsync(world.CohortId, CancellationToken.None)).Model!.Recruits.Count);
                var recruitCompletion = services.GetRequiredService<RecruitCompletion>();
                completion = await counter.CountAsync(() => recruitCompletion.CohortAsync(world.CohortId, CancellationToken.None));
            });
            return (board, completion, rows);
        }

        var few = await MeasureAsync(small);
        var many = await MeasureAsync(large);

        Assert.Equal((2, 10), (few.Rows, many.Rows));
        Assert.True(few.Board > 0 && few.Completion > 0, $"Nothing was counted: {few}.");
        Assert.Equal(few.Board, many.Board);
        Assert.Equal(few.Completion, many.Completion);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : BoardQueryTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : BoardQueryTests(factory), IClassFixture<PostgresLmsFactory>;
}
