using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.CourseImport;

public abstract class ImportTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_first_start_imports_every_valid_course_whole_as_version_1()
    {
        var expected = ExpectedCourses.Valid(Factory.CurriculaFolder);

        var stored = await Factory.WithDatabaseAsync(db => db.CourseVersions.AsNoTracking()
            .Select(v => new { v.CourseId, v.Number, v.ContentHash, Modules = v.Modules.Count, Questions = v.Questions.Count, Files = v.Files.Count })
            .ToListAsync());

        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.Select(c => (c.Id, 1, c.ContentHash, c.Modules.Count, c.Questions.Count, c.Files.Count)).Order(),
            stored.Select(v => (v.CourseId, v.Number, v.ContentHash, v.Modules, v.Questions, v.Files)).Order());
    }

    [SkippableFact]
    public async Task Each_version_keeps_the_certificate_wording_its_course_declares()
    {
        var expected = ExpectedCourses.Valid(Factory.CurriculaFolder);

        var stored = await Factory.WithDatabaseAsync(db => db.CourseVersions.AsNoTracking()
            .Select(v => new { v.CourseId, v.CertificateTitle, v.CertificateStatement }).ToListAsync());

        Assert.All(expected, c => Assert.NotNull(c.Certificate));
        Assert.Equal(
            expected.Select(c => (c.Id, (string?)c.Certificate!.Title, (string?)c.Certificate.Statement)).Order(),
            stored.Select(v => (v.CourseId, v.CertificateTitle, v.CertificateStatement)).Order());
    }

    [SkippableFact]
    public async Task A_second_start_imports_nothing_new()
    {
        Factory.Start();
        var before = await VersionsAsync(Factory);

        await using var restarted = Factory.NewInstanceOnSameDatabase();
        restarted.Start();

        Assert.Equal(before, await VersionsAsync(restarted));
        var latestRun = await restarted.WithDatabaseAsync(db => db.ImportRuns.AsNoTracking().Include(r => r.Folders)
            .OrderByDescending(r => r.Id).FirstAsync());
        Assert.Equal(ExpectedCourses.Valid(Factory.CurriculaFolder).Count, latestRun.Folders.Count(f => f.Outcome == ImportOutcome.Unchanged));
        Assert.DoesNotContain(latestRun.Folders, f => f.Outcome == ImportOutcome.Imported);
    }

    [SkippableFact]
    public async Task A_changed_course_becomes_version_2_and_version_1_stays_as_it_was_imported()
    {
        await using var installation = Factory.NewInstallation(editableCurricula: true);
        var curricula = installation.CurriculaFolder;
        installation.Start();
        var original = ExpectedCourses.ShippedCourse(ExpectedCourses.GhanaCourse);
        var module = original.Modules[0];
        var marker = $"Added after version 1 was imported ({Guid.NewGuid():N}).";
        File.AppendAllText(Path.Combine(curricula, ExpectedCourses.GhanaCourse, module.SourcePath), $"\n\n{marker}\n");

        await using var restarted = installation.NewInstanceOnSameDatabase();
        restarted.Start();

        var versions = await VersionsAsync(restarted);
        Assert.Equal([1, 2], versions[ExpectedCourses.GhanaCourse]);
        Assert.All(versions.Where(v => v.Key != ExpectedCourses.GhanaCourse), v => Assert.Equal([1], v.Value));
        var reader = new Visitor(restarted);
        await reader.SignInAsync(await new People(restarted).CreateAsync(Roles.Recruit));
        var first = await reader.OpenAsync($"/catalogue/{ExpectedCourses.GhanaCourse}/versions/1/modules/{module.Id}");
        var second = await reader.OpenAsync($"/catalogue/{ExpectedCourses.GhanaCourse}/versions/2/modules/{module.Id}");
        Assert.Equal(HtmlPage.Normalize(Html.TextOf(module.Html)), HtmlPage.Normalize(first.Document.QuerySelector("article.course-html")!.TextContent));
        Assert.DoesNotContain(marker, first.Text);
        Assert.Contains(marker, second.Text);
    }

    [SkippableFact]
    public async Task A_stored_version_keeps_its_images_after_the_files_change()
    {
        await using var installation = Factory.NewInstallation(editableCurricula: true);
        var curricula = installation.CurriculaFolder;
        installation.Start();
        var course = ExpectedCourses.Shipped.First(c => c.Files.Any(f => f.IsImage));
        var image = course.Files.First(f => f.IsImage);
        var imageFile = Path.Combine(curricula, course.Id, image.Path);
        await File.WriteAllBytesAsync(imageFile, [.. await File.ReadAllBytesAsync(imageFile), 0]);

        await using var restarted = installation.NewInstanceOnSameDatabase();
        restarted.Start();

        var hashes = await restarted.WithDatabaseAsync(db => db.CourseVersions.Where(v => v.CourseId == course.Id)
            .OrderBy(v => v.Number).Select(v => v.ContentHash).ToListAsync());
        Assert.Equal(2, hashes.Count);
        var reader = new Visitor(restarted);
        await reader.SignInAsync(await new People(restarted).CreateAsync(Roles.Recruit));
        var kept = await reader.GetAsync($"/course-files/{course.Id}/{hashes[0]}/{image.Path}");
        var changed = await reader.GetAsync($"/course-files/{course.Id}/{hashes[1]}/{image.Path}");
        Assert.Equal(image.Content.ToArray(), await kept.Content.ReadAsByteArrayAsync());
        Assert.Equal(await File.ReadAllBytesAsync(imageFile), await changed.Content.ReadAsByteArrayAsync());
    }

    [SkippableFact]
    public async Task An_invalid_course_is_refused_with_its_diagnostics_shown_to_administrators_while_the_rest_load()
    {
        await using var installation = Factory.NewInstallation(editableCurricula: true);
        var curricula = installation.CurriculaFolder;
        var broken = ExpectedCourses.Shipped.Last();
        var brokenFolder = Path.Combine(curricula, broken.Id);
        var courseFile = Path.Combine(brokenFolder, "course.md");
        File.WriteAllLines(courseFile, File.ReadAllLines(courseFile).Where(line => !line.StartsWith("title:")));
        var errors = ExpectedCourses.Load(curricula).Single(r => r.Folder.EndsWith(broken.Id)).Diagnostics
            .Where(d => d.Severity == Severity.Error).ToList();
        Assert.NotEmpty(errors);

        installation.Start();

        var imported = await installation.WithDatabaseAsync(db => db.Courses.Select(c => c.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(ExpectedCourses.Shipped.Select(c => c.Id).Where(id => id != broken.Id).Order(), imported);

        var administrator = new Visitor(installation);
        await administrator.SignInAsync(await new People(installation).CreateAsync(Roles.Administrator));
        var report = await administrator.OpenAsync("/admin/course-import");
        var section = HtmlPage.Normalize(report.Document.QuerySelectorAll("section")
            .Single(s => s.QuerySelector("h2 code")?.TextContent == broken.Id).TextContent);
        Assert.Contains(nameof(ImportOutcome.Refused), section);
        foreach (var error in errors)
        {
            Assert.Contains($"{error.Code}: {HtmlPage.Normalize(error.Message)}", section);
            if (error.Line > 0)
                Assert.Contains($"({error.Line},", section);
            Assert.Contains(installation.Logs.Messages(Microsoft.Extensions.Logging.LogLevel.Error), m => m.Contains(error.Message));
        }
    }

    [SkippableFact]
    public async Task A_mistake_repeated_many_times_shows_its_first_twenty_and_a_count_of_the_rest()
    {
        await using var installation = Factory.NewInstallation(editableCurricula: true);
        var broken = ExpectedCourses.Shipped.Last();
        var courseFile = Path.Combine(installation.CurriculaFolder, broken.Id, "course.md");
        var lines = File.ReadAllLines(courseFile).ToList();
        lines.InsertRange(1, Enumerable.Range(1, 60).Select(i => $"extra-{i}: x"));
        File.WriteAllLines(courseFile, lines);

        installation.Start();

        var administrator = new Visitor(installation);
        await administrator.SignInAsync(await new People(installation).CreateAsync(Roles.Administrator));
        var report = await administrator.OpenAsync("/admin/course-import");
        var items = report.Document.QuerySelectorAll("section")
            .Single(s => s.QuerySelector("h2 code")?.TextContent == broken.Id).QuerySelectorAll("li")
            .Select(li => HtmlPage.Normalize(li.TextContent)).ToList();
        Assert.Equal(DiagnosticDigest.ShownPerCode, items.Count(i => i.Contains("CUR0104: unknown key")));
        Assert.Single(items, i => i.Contains("CUR0104: not shown: 40 more errors with this code"));
    }

    static Task<Dictionary<string, List<int>>> VersionsAsync(LmsFactory factory) => factory.WithDatabaseAsync(async db =>
        (await db.CourseVersions.AsNoTracking().Select(v => new { v.CourseId, v.Number }).ToListAsync())
            .GroupBy(v => v.CourseId)
            .ToDictionary(g => g.Key, g => g.Select(v => v.Number).Order().ToList()));

    public sealed class OnSqlite(SqliteLmsFactory factory) : ImportTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ImportTests(factory), IClassFixture<PostgresLmsFactory>;
}
