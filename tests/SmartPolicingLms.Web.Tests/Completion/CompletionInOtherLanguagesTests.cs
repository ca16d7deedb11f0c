using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Completion;

// What a recruit still misses is stored as codes and worded for the reader: the same recruit's page reads in Russian
// and in Kyrgyz, before and after the cohort is closed (the stored record, not a fresh computation).
public abstract class CompletionInOtherLanguagesTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_recruit_reads_what_is_missing_in_Russian_and_in_Kyrgyz()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Absent));
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Present));
        await world.ResultsAsync(enrollment, pre: 40m, post: 60m);

        var russian = await (await world.SignedInAsync(recruit)).Speaking("ru").OpenAsync(world.Progress);
        var kyrgyz = await (await world.SignedInAsync(recruit)).Speaking("ky").OpenAsync(world.Progress);

        Assert.Equal([$"нужно ещё 0,5 аудиторного часа: модуль 2 «{CompletionWorld.LectureTitle}» пропущен",
            "итоговый тест: 60%, проходной балл 70%"], Items(russian));
        Assert.Contains("Курс ещё не завершён", russian.Text);
        Assert.Contains("Мои успехи", russian.Text);
        Assert.DoesNotContain("Still missing", russian.Text);
        Assert.Equal([$"дагы 0,5 аудиториялык саат керек: 2-модуль «{CompletionWorld.LectureTitle}» калтырылды",
            "жыйынтыктоочу тест: 60%, өтүү упайы 70%"], Items(kyrgyz));
        Assert.Contains("Менин жетишкендиктерим", kyrgyz.Text);
        Assert.DoesNotContain("My progress", kyrgyz.Text);
    }

    [SkippableFact]
    public async Task The_record_stored_at_closing_reads_in_the_language_of_whoever_opens_it()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (enrollment, Present));
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Present));
        await world.ResultsAsync(enrollment, pre: null, post: 90m);
        await CloseAsync(world);

        var stored = Assert.Single(await world.RecordsAsync());
        var russian = await (await world.SignedInAsync(recruit)).Speaking("ru").OpenAsync(world.Progress);
        var english = await (await world.SignedInAsync(recruit)).OpenAsync(world.Progress);

        Assert.DoesNotContain("pre-test", stored.Missing, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("PreTestNotTaken", stored.Missing, StringComparison.Ordinal);
        Assert.Equal(["входной тест не пройден (преподаватель может освободить от него)"], Items(russian));
        Assert.Equal(["has not taken the pre-test (an instructor may waive it)"], Items(english));
    }

    async Task CloseAsync(CompletionWorld world)
    {
        var outcome = await Factory.AsAsync(world.Lead, async services => await services.GetRequiredService<CloseCohort.Handler>().HandleAsync(
            world.CohortId, new CloseCohort.Command { Version = await Scheduling.VersionAsync(world.CohortId), ConfirmMissingRollCalls = true, Confirmed = true },
            CancellationToken.None));
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
    }

    static IReadOnlyList<string> Items(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=missing] li").Select(li => HtmlPage.Normalize(li.TextContent))];

    public sealed class OnSqlite(SqliteLmsFactory factory) : CompletionInOtherLanguagesTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CompletionInOtherLanguagesTests(factory), IClassFixture<PostgresLmsFactory>;
}
