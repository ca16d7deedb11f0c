using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.CourseImport;

public abstract class EditionImportTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_edition_is_stored_as_words_over_the_versions_own_modules_and_questions()
    {
        var courseId = await EditionCourse.ImportAsync(Factory);

        var stored = await Factory.WithDatabaseAsync(async db =>
        {
            var version = await db.CourseVersions.AsNoTracking().SingleAsync(v => v.CourseId == courseId);
            var edition = await db.CourseVersionEditions.AsNoTracking().Include(e => e.Modules).ThenInclude(m => m.Module)
                .Include(e => e.Questions).ThenInclude(q => q.Question).Include(e => e.Objectives).Include(e => e.Options)
                .AsSplitQuery().SingleAsync(e => e.CourseVersionId == version.Id);
            return new
            {
                version.Language, edition,
                Modules = await db.CourseModules.CountAsync(m => m.CourseVersionId == version.Id),
                Questions = await db.CourseQuestions.CountAsync(q => q.CourseVersionId == version.Id),
            };
        });

        var english = EditionCourse.English;
        Assert.Equal("en", stored.Language);
        Assert.Equal((EditionCourse.Russian, true, EditionCourse.CertificateTitle),
            (stored.edition.Language, stored.edition.AwaitingReview, stored.edition.CertificateTitle));
        // The edition adds no modules or questions of its own: its words point at the reference's rows, by the same ids.
        Assert.Equal((english.Modules.Count, english.Questions.Count), (stored.Modules, stored.Questions));
        Assert.Equal(english.Modules.Select(m => (m.Id, EditionCourse.ModuleTitle(m))).Order(),
            stored.edition.Modules.Select(m => (m.Module!.Key, m.Title)).Order());
        Assert.Equal(english.Questions.Select(q => (q.Id, $"<p>{EditionCourse.Prompt(q)}</p>")).Order(),
            stored.edition.Questions.Select(q => (q.Question!.Key, q.PromptHtml)).Order());
        Assert.Equal(english.Objectives.Count(), stored.edition.Objectives.Count);
        Assert.Equal(english.Questions.Sum(q => q.Options.Count), stored.edition.Options.Count);
        // As for the reference, the instructors' rendering is kept only when it differs.
        Assert.All(stored.edition.Modules, m => Assert.Null(m.InstructorHtml));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : EditionImportTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : EditionImportTests(factory), IClassFixture<PostgresLmsFactory>;
}
