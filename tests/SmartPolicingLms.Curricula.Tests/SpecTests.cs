using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

public sealed class SpecTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Specs"), "*.md").Order())
            foreach (var @case in SpecCase.Read(spec))
                data.Add(Path.GetFileName(spec), @case.Title);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_spec_case_reports_exactly_its_expected_diagnostics(string spec, string title)
    {
        var @case = SpecCase.Read(Path.Combine(AppContext.BaseDirectory, "Specs", spec)).Single(c => c.Title == title);
        using var course = new TempCourse();
        foreach (var (path, text) in @case.Files) course.Write(path, text);
        foreach (var path in @case.Deleted) course.Delete(path);

        var result = course.Load();

        Assert.Equal(@case.Expected.Order(), course.Diagnostics(result).Order());
        Assert.Equal(@case.Expected.Any(e => e.Contains(": error ")), result.Course is null);
    }
}
