using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Editions;

/// <summary>
/// A small course in English with Russian and Kyrgyz editions (Editions/Fixtures/aligned-course): the editions load as
/// courses in their languages, with the reference's ids, keys, files and hash.
/// </summary>
public sealed class EditionTests
{
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Editions", "Fixtures", "aligned-course");

    static Course Load()
    {
        var result = CourseLoader.Load(Folder);
        Assert.Empty(result.Diagnostics);
        return result.Course!;
    }

    [Fact]
    public void Editions_are_attached_in_the_order_of_their_tags_and_the_reference_is_unchanged()
    {
        var course = Load();

        Assert.Equal(["ky", "ru"], course.Editions.Select(e => e.Language));
        Assert.Equal("en", course.Language);
        Assert.Equal(["referral", "services"], course.Modules.Select(m => m.Id));
        Assert.Equal(["modules/01-referral.md", "modules/02-services.md"], course.Modules.Select(m => m.SourcePath));
        Assert.All(course.Questions, q => Assert.DoesNotContain(".ru.", q.SourcePath));
        Assert.Contains(course.Files, f => f.Path == "glossary.md");
    }

    [Fact]
    public void Only_an_edition_marked_pending_awaits_review()
    {
        var course = Load();

        Assert.True(course.Editions.Single(e => e.Language == "ru").AwaitingReview);
        Assert.False(course.Editions.Single(e => e.Language == "ky").AwaitingReview);
    }

    [Fact]
    public void An_edition_is_the_course_in_its_language_with_the_reference_ids_settings_files_and_hash()
    {
        var course = Load();
        var russian = course.Editions.Single(e => e.Language == "ru").Content;

        Assert.Equal("ru", russian.Language);
        Assert.Equal("Основы направления", russian.Title);
        Assert.Equal("Свидетельство о прохождении курса", russian.Certificate!.Title);
        Assert.Contains("Почему направление важно", russian.OverviewHtml);
        Assert.Equal(course.Id, russian.Id);
        Assert.Equal(course.Settings, russian.Settings);
        Assert.Equal(course.ContentHash, russian.ContentHash);
        Assert.Same(course.Files, russian.Files);
        Assert.Empty(russian.Editions);
        Assert.Equal(course.Modules.Select(m => (m.Id, m.Number, m.Hours, m.Delivery)), russian.Modules.Select(m => (m.Id, m.Number, m.Hours, m.Delivery)));
        Assert.Equal(course.Objectives.Select(o => o.Id), russian.Objectives.Select(o => o.Id));
        Assert.Equal("Направление", russian.Modules[0].Title);
        Assert.Equal("modules/01-referral.ru.md", russian.Modules[0].SourcePath);
        Assert.Equal([90], russian.Modules.Where(m => m.Plan is not null).Select(m => m.Plan!.TeachingMinutes));
    }

    [Fact]
    public void Edition_questions_keep_the_reference_keys_with_their_own_true_false_words()
    {
        var course = Load();

        foreach (var edition in course.Editions)
        {
            Assert.Equal(Keys(course), Keys(edition.Content));
            Assert.All(edition.Content.Questions, q => Assert.Contains($".{edition.Language}.", q.SourcePath));
        }
        var russianTrueFalse = course.Editions.Single(e => e.Language == "ru").Content.Questions.Where(q => q.Kind == QuestionKind.TrueFalse).ToList();
        Assert.Equal(["Верно", "Верно"], russianTrueFalse.Select(q => q.Options.Single(o => o.IsCorrect).Text));
        var kyrgyzTrueFalse = course.Editions.Single(e => e.Language == "ky").Content.Questions.First(q => q.Kind == QuestionKind.TrueFalse);
        Assert.Equal("Туура", kyrgyzTrueFalse.Options.Single(o => o.IsCorrect).Text);
    }

    static List<string> Keys(Course course) => course.Questions
        .Select(q => $"{q.Id} {q.Kind} {q.ObjectiveId} {q.Form} {string.Join(",", q.Options.Select(o => o.Weight))} {string.Join(",", q.Options.Select(o => o.Number))}")
        .ToList();
}
