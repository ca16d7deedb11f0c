namespace SmartPolicingLms.Curricula.Tests.Support;

/// <summary>A course folder on disk for one test, deleted afterwards. Starts as a small valid course.</summary>
internal sealed class TempCourse : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> ValidFiles = new Dictionary<string, string>
    {
        ["course.md"] = """
            ---
            id: test-course
            title: Test course
            version: "1"
            language: en
            audience: recruits
            hours: 2
            origin:
              institution: Test academy
              country: GH
            summary: A course for tests.
            certificate:
              title: Certificate of completion
              statement: Completed the test course.
            ---

            # Overview

            Text.
            """,
        ["modules/01-basics.md"] = """
            ---
            id: basics
            title: Basics
            hours: 2
            delivery: workshop
            objectives:
              - id: know-basics
                text: Know the basics.
            slots:
              - community: sex-workers
                role: co-trainer
            ---

            ## Key content

            Text.
            """,
        ["questions/bank.md"] = """
            ## q-basics
            Objective: know-basics
            Kind: single

            Which is right?

            - [x] This one
            - [ ] That one
            """,
    };

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "splms-test-" + Guid.NewGuid().ToString("N")[..12]);

    public TempCourse(IReadOnlyDictionary<string, string>? files = null)
    {
        foreach (var (path, text) in files ?? ValidFiles) Write(path, text);
    }

    public TempCourse Write(string path, string text) => WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    public TempCourse WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public TempCourse Delete(string path)
    {
        File.Delete(Path.Combine(Folder, path));
        return this;
    }

    public CourseLoadResult Load(CourseLoadOptions? options = null) => CourseLoader.Load(Folder, options);

    /// <summary>Diagnostics as <c>path(line,col): severity CODE</c> with paths relative to the course folder.</summary>
    public IReadOnlyList<string> Diagnostics(CourseLoadResult result) => Reported(result).Select(d => d.Site).ToList();

    /// <summary>Diagnostics with their messages, sited as <see cref="Diagnostics"/> sites them.</summary>
    public IReadOnlyList<ReportedDiagnostic> Reported(CourseLoadResult result) =>
        result.Diagnostics.Select(d =>
        {
            var path = d.File.Length > Folder.Length ? d.File[(Folder.Length + 1)..] : "";
            var where = d.Line > 0 ? $"({d.Line},{Math.Max(d.Column, 1)})" : "";
            return new ReportedDiagnostic($"{path}{where}: {d.Severity.ToString().ToLowerInvariant()} {d.Code}", d.Message);
        }).ToList();

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>A diagnostic as reported: <c>path(line,col): severity CODE</c> and its message.</summary>
internal sealed record ReportedDiagnostic(string Site, string Message)
{
    public override string ToString() => $"{Site}: {Message}";
}
