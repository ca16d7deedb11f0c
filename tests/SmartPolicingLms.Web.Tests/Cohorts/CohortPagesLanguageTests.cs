using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Cohorts;

// An instructor whose browser asks for Russian or Kyrgyz reads the cohort pages, their refusals and their counted
// words in that language; course titles and people's names stay as they were written.
public abstract class CohortPagesLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("ru", "Группы", "Составить расписание")]
    [InlineData("ky", "Топтор", "Жадыбал түзүү")]
    public async Task The_cohort_list_and_page_speak_the_instructors_language(string language, string list, string draft)
    {
        var scene = await DraftScene.CreateAsync(Factory);
        scene.Instructor.Speaking(language);

        var cohorts = await scene.Instructor.OpenAsync("/cohorts");
        var cohort = await scene.Instructor.OpenAsync(scene.Page);

        Assert.Equal(list, cohorts.Document.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("New cohort", cohorts.Text);
        Assert.Contains(draft, cohort.Text);
        Assert.DoesNotContain("Draft the schedule", cohort.Text);
        Assert.DoesNotContain("Not ready to publish yet", cohort.Text);
    }

    [SkippableFact]
    public async Task A_count_takes_the_russian_form_its_number_needs()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        scene.Instructor.Speaking("ru");

        var row = HtmlPage.Normalize((await scene.Instructor.OpenAsync("/cohorts")).Document.QuerySelector("li.border")?.TextContent);
        var sessions = (await Scheduling.SessionsAsync(scene.Cohort)).Count;

        var expected = (sessions % 10, sessions % 100) switch
        {
            (_, >= 11 and <= 14) => "занятий",
            (1, _) => "занятие",
            (>= 2 and <= 4, _) => "занятия",
            _ => "занятий",
        };
        Assert.Contains($"{sessions} {expected}", row);
    }

    [SkippableFact]
    public async Task A_refused_edit_is_explained_beside_its_field_in_russian()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        scene.Instructor.Speaking("ru");
        var form = await scene.Instructor.OpenAsync($"/cohorts/{scene.Cohort}/edit");

        var page = await scene.Instructor.SubmitAndFollowAsync(form, "edit-cohort",
            ("Input.StartDate", scene.Start.AddDays(10).ToString("yyyy-MM-dd")), ("Input.EndDate", scene.Start.ToString("yyyy-MM-dd")));

        Assert.Contains("Дата окончания не может быть раньше даты начала.", page.MessagesBeside("Input.EndDate"));
        Assert.Equal("Изменить группу", page.Document.QuerySelector("h1")?.TextContent);
    }

    [SkippableTheory]
    [InlineData("ru", "Составить расписание", "Учебные дни", "Пн")]
    [InlineData("ky", "Жадыбал түзүү", "Окуу күндөрү", null)]
    public async Task The_schedule_helper_names_the_days_of_the_week_in_the_instructors_language(string language, string heading, string days, string? monday)
    {
        var scene = await DraftScene.CreateAsync(Factory);
        scene.Instructor.Speaking(language);

        var page = await scene.Instructor.OpenAsync($"/cohorts/{scene.Cohort}/schedule");

        Assert.Equal(heading, page.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains(days, page.Text);
        Assert.DoesNotContain("Teaching days", page.Text);
        if (monday is not null)
            Assert.Equal(monday, page.Document.QuerySelector("label[for='day-Monday']")?.TextContent, ignoreCase: true);
    }

    [SkippableFact]
    public async Task The_teaching_calendar_page_speaks_russian()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        scene.Instructor.Speaking("ru");

        var page = await scene.Instructor.OpenAsync("/calendar/mine");

        Assert.Equal("Мой календарь занятий", page.Document.QuerySelector("h1")?.TextContent);
        Assert.DoesNotContain("Create my calendar link", page.Text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CohortPagesLanguageTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CohortPagesLanguageTests(factory), IClassFixture<PostgresLmsFactory>;
}
