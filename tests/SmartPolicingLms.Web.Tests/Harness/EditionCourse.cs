using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.CourseImport;
using Course = SmartPolicingLms.Curricula.Model.Course;

namespace SmartPolicingLms.Web.Tests.Harness;

// The test course under an id of its own, with a Russian edition made in code (awaiting review), stored as
// the importer stores a version: until the curricula engine reads edition files, this is how a course with editions
// reaches the database. Every Russian word carries the course id, so a test can tell the edition from the reference.
internal static class EditionCourse
{
    public const string Russian = "ru";

    public static Course English { get; } = ExpectedCourses.ShippedCourse(CohortBuilder.TestCourse);

    public static string ModuleTitle(Module module) => $"Модуль {module.Number}: русский текст";

    public static string ModuleText(Module module) => $"Русский текст модуля {module.Id}";

    public static string Prompt(Question question) => $"Русский вопрос {question.Id}";

    public static string CertificateTitle => "Свидетельство о прохождении курса";

    public static Course WithRussianEdition(string id)
    {
        var russian = English with
        {
            Id = id,
            Language = Russian,
            Title = "Основы направления к услугам",
            Summary = "Краткое описание курса.",
            OverviewHtml = "<p>Русский обзор курса</p>",
            Certificate = new CourseCertificate(CertificateTitle, "Прошёл курс."),
            Modules = [.. English.Modules.Select(m => m with
            {
                Title = ModuleTitle(m),
                Html = $"<p>{ModuleText(m)}</p>",
                InstructorHtml = $"<p>{ModuleText(m)}</p>",
                Objectives = [.. m.Objectives.Select(o => o with { Text = $"Цель {o.Id}" })],
            })],
            Questions = [.. English.Questions.Select(q => q with
            {
                PromptHtml = $"<p>{Prompt(q)}</p>",
                FeedbackHtml = "<p>Отзыв</p>",
                Options = [.. q.Options.Select((o, i) => o with { Html = $"Вариант {i + 1}" })],
            })],
        };
        return English with { Id = id, Editions = [new CourseEdition(Russian, AwaitingReview: true, russian)] };
    }

    // Stored as version 1 of a new course; its id.
    public static async Task<string> ImportAsync(LmsFactory factory)
    {
        var id = $"editions-{Guid.NewGuid():N}"[..20];
        await factory.WithDatabaseAsync(async db =>
        {
            db.Courses.Add(new Data.Course { Id = id, Title = English.Title, LatestVersionNumber = 1, CreatedAt = factory.Now });
            db.CourseVersions.Add(WithRussianEdition(id).ToVersion(1, id, factory.Now));
            return await db.SaveChangesAsync();
        });
        return id;
    }
}
