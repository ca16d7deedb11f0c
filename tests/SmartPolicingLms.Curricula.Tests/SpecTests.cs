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

        var result = course.Load(@case.LoadOptions);
        var reported = course.Reported(result);

        // A line with only a site would let a wrong message pass; show the author what to write.
        var bare = @case.Expected.Where(e => e.Fragment is null).ToList();
        if (bare.Count > 0)
            Assert.Fail("Each expected diagnostic states part of its message, as 'path(line,col): severity CODE: fragment'. Without one:\n"
                + string.Join("\n", bare.Select(e => $"  {e}\n" + string.Concat(
                    reported.Where(r => r.Site == e.Site).Select(r => $"    reported here: {r}\n")))));

        var (missing, unexpected) = Unmatched(@case.Expected, reported);
        if (missing.Count > 0 || unexpected.Count > 0)
            Assert.Fail("Expected but not reported:\n" + string.Concat(missing.Select(e => $"  {e}\n"))
                + "Reported but not expected:\n" + string.Concat(unexpected.Select(r => $"  {r}\n")));
        Assert.Equal(@case.Expected.Any(e => e.IsError), result.Course is null);
    }

    /// <summary>
    /// Pairs expected lines with reported diagnostics one to one, as many as can be paired (one
    /// diagnostic may match two lines that share a site, so a first-come pairing could strand one),
    /// and returns what is left on each side.
    /// </summary>
    static (List<ExpectedDiagnostic> Missing, List<ReportedDiagnostic> Unexpected) Unmatched(
        IReadOnlyList<ExpectedDiagnostic> expected, IReadOnlyList<ReportedDiagnostic> reported)
    {
        var pairedWith = Enumerable.Repeat(-1, reported.Count).ToArray();
        for (var e = 0; e < expected.Count; e++) Pair(e, new bool[reported.Count]);
        return (expected.Where((_, e) => !pairedWith.Contains(e)).ToList(),
                reported.Where((_, r) => pairedWith[r] < 0).ToList());

        bool Pair(int e, bool[] tried)
        {
            for (var r = 0; r < reported.Count; r++)
            {
                if (tried[r] || !expected[e].Matches(reported[r])) continue;
                tried[r] = true;
                if (pairedWith[r] < 0 || Pair(pairedWith[r], tried))
                {
                    pairedWith[r] = e;
                    return true;
                }
            }
            return false;
        }
    }
}
