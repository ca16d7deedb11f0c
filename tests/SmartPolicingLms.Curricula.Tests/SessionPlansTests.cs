using System.Text;

namespace SmartPolicingLms.Curricula.Tests;

// A module file kept apart from its course (the web app stores every file) reads the same session plan as loading
// the course reads.
public sealed class SessionPlansTests
{
    [Fact]
    public void A_stored_module_file_reads_the_plan_its_course_was_loaded_with_breaks_apart()
    {
        var courses = CourseLoader.LoadAll(CurriculaFolder()).Select(r => r.Course).OfType<Model.Course>().ToList();
        var modules = courses.SelectMany(c => c.Modules.Select(m => (Module: m, File: c.Files.Single(f => f.Path == m.SourcePath)))).ToList();

        Assert.All(modules, pair =>
        {
            var plan = SessionPlans.Read(pair.File.Path, Encoding.UTF8.GetString(pair.File.Content.Span));
            Assert.Equal(Steps(pair.Module.Plan), Steps(plan));
        });
        Assert.Contains(modules, pair => pair.Module.Plan is { BreakMinutes: > 0, TeachingMinutes: > 0 });
    }

    static IEnumerable<(int, bool, string)> Steps(Model.SessionPlan? plan) =>
        plan?.Steps.Select(s => (s.Minutes, s.IsBreak, s.Text)) ?? [];

    static string CurriculaFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "curricula", "README.md"))) return Path.Combine(dir.FullName, "curricula");
        throw new DirectoryNotFoundException("curricula/ not found above " + AppContext.BaseDirectory);
    }
}
