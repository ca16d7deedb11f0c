using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula;
using SmartPolicingLms.Curricula.Diagnostics;
using Source = SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.CourseImport;

// Idempotent: a course whose content hash equals its latest version is skipped, a changed one becomes the next
// version, an invalid one is refused (diagnostics logged and kept for administrators) while the others load.
internal sealed class ImportCourses(
    AppDbContext db,
    DatabaseLock databaseLock,
    LmsSettings settings,
    TimeProvider clock,
    ILogger<ImportCourses> logger)
{
    public async Task<ImportRun?> RunExclusiveAsync(string? startedBy, CancellationToken ct)
    {
        await using (await databaseLock.AcquireAsync(ct))
            return await RunAsync(startedBy, ct);
    }

    // The caller holds the database lock.
    public async Task<ImportRun?> RunAsync(string? startedBy, CancellationToken ct)
    {
        if (settings.CurriculaFolder is not { } folder)
        {
            logger.LogWarning("No curricula folder found; set Curricula:Path to import courses.");
            return null;
        }
        var run = new ImportRun { StartedAt = Now(), CurriculaFolder = folder, StartedBy = startedBy };
        var options = new CourseLoadOptions { ResolveLink = CourseFileLinks.Resolve };
        foreach (var result in CourseLoader.LoadAll(folder, options))
            run.Folders.Add(await ImportFolderAsync(result, folder, ct));

        run.FinishedAt = Now();
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation("Course import from {Folder}: {Imported} imported, {Unchanged} unchanged, {Refused} refused, {Failed} failed",
            folder, Count(ImportOutcome.Imported), Count(ImportOutcome.Unchanged), Count(ImportOutcome.Refused), Count(ImportOutcome.Failed));
        return run;

        int Count(ImportOutcome outcome) => run.Folders.Count(f => f.Outcome == outcome);
    }

    async Task<ImportRunFolder> ImportFolderAsync(CourseLoadResult result, string curriculaFolder, CancellationToken ct)
    {
        var folder = Path.GetFileName(result.Folder.TrimEnd('/', '\\'));
        // The page and the log show what the CLI shows: the first of each code and a count of the rest.
        var diagnostics = DiagnosticDigest.Shown(
            result.Diagnostics.Select(d => d with { File = RelativeTo(curriculaFolder, d.File) }).ToList(), folder);
        if (result.Course is not { } course)
        {
            foreach (var diagnostic in diagnostics)
                logger.LogError("Course folder {Folder} refused: {Diagnostic}", folder, diagnostic.ToString());
            return Entry(folder, null, null, ImportOutcome.Refused, diagnostics);
        }

        var latest = await db.CourseVersions.AsNoTracking()
            .Where(v => v.CourseId == course.Id)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.ContentHash })
            .FirstOrDefaultAsync(ct);
        if (latest?.ContentHash == course.ContentHash)
            return Entry(folder, course.Id, latest.Number, ImportOutcome.Unchanged, diagnostics);

        int number;
        try
        {
            number = await StoreNewVersionAsync(course, folder, ct);
        }
        catch (DbUpdateException e)
        {
            // One course that cannot be stored must not stop the others, nor the app, from starting.
            db.ChangeTracker.Clear();
            logger.LogError(e, "Course {CourseId} from {Folder} could not be stored", course.Id, folder);
            var failure = new Diagnostic("IMPORT", Severity.Error, folder, 0, 0,
                "the course is valid but could not be stored in the database; see the server log");
            return Entry(folder, course.Id, null, ImportOutcome.Failed, [.. diagnostics, failure]);
        }
        foreach (var warning in diagnostics)
            logger.LogWarning("Course {CourseId} version {Number}: {Diagnostic}", course.Id, number, warning.ToString());
        logger.LogInformation("Imported course {CourseId} as version {Number} ({Label})", course.Id, number, course.VersionLabel);
        return Entry(folder, course.Id, number, ImportOutcome.Imported, diagnostics);
    }

    async Task<int> StoreNewVersionAsync(Source.Course source, string folder, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == source.Id, ct);
        if (course is null)
        {
            course = new Course { Id = source.Id, Title = source.Title, CreatedAt = Now() };
            db.Courses.Add(course);
        }
        course.Title = source.Title;
        course.LatestVersionNumber++;
        db.CourseVersions.Add(source.ToVersion(course.LatestVersionNumber, folder, Now()));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        // The version's files can be megabytes; nothing later in the run needs them tracked.
        db.ChangeTracker.Clear();
        return course.LatestVersionNumber;
    }

    static ImportRunFolder Entry(string folder, string? courseId, int? number, ImportOutcome outcome,
        IEnumerable<Diagnostic> diagnostics) => new()
    {
        Folder = folder,
        CourseId = courseId,
        VersionNumber = number,
        Outcome = outcome,
        Diagnostics = [.. diagnostics.Select(d => new ImportRunDiagnostic
        {
            Code = d.Code,
            Severity = d.Severity,
            File = d.File,
            Line = d.Line,
            Column = d.Column,
            Message = d.Message,
        })],
    };

    // Diagnostics name files as the loader was given them; people read them relative to the curricula folder.
    static string RelativeTo(string curriculaFolder, string file) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(curriculaFolder, file).Replace('\\', '/') : file;

    DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
