namespace SmartPolicingLms.Web.Features.CourseImport;

// The shipped curricula are imported at every start (unchanged courses are skipped), after the first administrator.
internal sealed class ImportCoursesOnStart(ImportCourses import, LmsSettings settings) : IStartupStep
{
    public int Order => 1;

    public async Task RunAsync(CancellationToken ct)
    {
        if (settings.ImportOnStartup)
            await import.RunAsync(startedBy: null, ct);
    }
}
