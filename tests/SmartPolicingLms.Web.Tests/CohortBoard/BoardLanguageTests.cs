using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.CohortBoard;

// The board read in Russian: its headings, and why a recruit is at risk, with hours counted and written as Russian
// writes them (a decimal comma, the form of «час» a fraction takes).
public abstract class BoardLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_board_in_Russian_gives_its_headings_and_the_reasons_a_recruit_is_at_risk_in_Russian()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var (_, bo) = await world.EnrolAsync();
        var (_, cy) = await world.EnrolAsync();
        await world.MarkAsync(world.Lecture, (bo, Absent), (cy, Present));
        await world.MarkAsync(world.FirstWorkshop, (bo, Late), (cy, Present));
        await world.ResultsAsync(bo, pre: 50m, post: 80m);
        await world.ResultsAsync(cy, pre: null, post: 50m);

        var page = await (await world.SignedInAsync(world.Lead)).Speaking("ru").OpenAsync(world.Board);

        Assert.Equal("Доска группы", page.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.Document.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "Посещаемость по занятиям");
        var risks = page.Document.QuerySelectorAll("[data-testid=risk]").Select(li => HtmlPage.Normalize(li.TextContent)).ToList();
        Assert.Contains(risks, r => r.EndsWith(": пропустил(а) 1,38 аудиторного часа — больше допустимых по курсу 0,5: "
            + "не сможет завершить курс без отработки.", StringComparison.Ordinal));
        Assert.Contains(risks, r => r.Contains("набрал(а) 50% в итоговом тесте — ниже проходного балла 70%", StringComparison.Ordinal));
        Assert.DoesNotContain("contact hours", page.Text);
        Assert.DoesNotContain("At risk of not completing", page.Text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : BoardLanguageTests(factory), IClassFixture<SqliteLmsFactory>;
}
