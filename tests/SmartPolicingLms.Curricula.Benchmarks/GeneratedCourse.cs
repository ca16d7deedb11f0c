using System.Text;

namespace SmartPolicingLms.Curricula.Benchmarks;

/// <summary>Writes a valid course whose modules look like real ones: headings, lists, tables, links, emphasis.</summary>
internal static class GeneratedCourse
{
    public static string Write(string folder, string id, int modules, int moduleBytes)
    {
        Directory.CreateDirectory(Path.Combine(folder, "modules"));
        Directory.CreateDirectory(Path.Combine(folder, "questions"));
        File.WriteAllText(Path.Combine(folder, "course.md"), $"""
            ---
            id: {id}
            title: Generated course {id}
            version: "1"
            language: en
            audience: recruits
            hours: {modules * 2}
            origin:
              institution: Benchmark academy
              country: KG
            summary: A generated course for the loader benchmark.
            certificate:
              title: Certificate of completion
              statement: Completed a generated course.
            ---

            # Overview

            Generated.
            """);
        var questions = new StringBuilder();
        for (var m = 1; m <= modules; m++)
        {
            File.WriteAllText(Path.Combine(folder, "modules", $"{m:000}-module-{m}.md"), Module(m, moduleBytes));
            questions.Append($"## q-{m}\nObjective: objective-{m}\nKind: single\n\nWhat does module {m} teach?\n\n- [x] Referral\n- [ ] Arrest\n- [ ] Nothing\n\n> Because.\n\n");
        }
        File.WriteAllText(Path.Combine(folder, "questions", "bank.md"), questions.ToString());
        return folder;
    }

    /// <summary>
    /// Adds an edition in <paramref name="tag"/>: a sibling of every module and question file (the same text, which
    /// aligns by construction) and its course file, so the loader's cost per edition file can be measured.
    /// </summary>
    public static void AddEdition(string folder, string tag)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "modules")).Concat(Directory.GetFiles(Path.Combine(folder, "questions"))))
            File.Copy(file, Path.ChangeExtension(file, $".{tag}.md"));
        File.WriteAllText(Path.Combine(folder, $"course.{tag}.md"), $"""
            ---
            language: {tag}
            edition-review: pending
            title: Generated course in {tag}
            summary: A generated edition for the loader benchmark.
            certificate:
              title: Certificate of completion
              statement: Completed a generated course.
            ---

            # Overview

            Generated.
            """);
    }

    /// <summary>
    /// Module bodies are the shipped courses' real text, repeated to the size wanted, so the
    /// mix of tables, lists and prose is what authors actually write.
    /// </summary>
    static readonly string[] RealBodies = Directory
        .EnumerateFiles(CurriculaFolder(), "*.md", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "modules" && !f.Contains("example-"))
        .Order(StringComparer.Ordinal)
        .Select(f => File.ReadAllText(f))
        .Select(t => t[(t.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..])
        .ToArray();

    static string Module(int number, int bytes)
    {
        var text = new StringBuilder($"---\nid: module-{number}\ntitle: Module {number}\nhours: 2\ndelivery: workshop\nobjectives:\n  - id: objective-{number}\n    text: Do thing {number}.\nslots:\n  - community: sex-workers\n    role: co-trainer\n---\n\n");
        text.Append("See [the guidance](https://example.org/guidance) and [the next module](").Append($"{number:000}-module-{number}.md#key-content).\n\n");
        for (var i = number; text.Length < bytes; i++) text.Append(RealBodies[i % RealBodies.Length]).Append('\n');
        return text.ToString();
    }

    static string CurriculaFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "curricula", "README.md"))) return Path.Combine(dir.FullName, "curricula");
        throw new DirectoryNotFoundException("run the benchmark from inside the repository: it reads the shipped curricula");
    }
}
