using Markdig.Syntax;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Folder;
using SmartPolicingLms.Curricula.Rendering;
using SmartPolicingLms.Curricula.Yaml;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>A Markdown file parsed once: its front matter fields (if any) and its document.</summary>
internal sealed record MarkdownSource(SourceFile File, YamlFields? Fields, MarkdownDocument Document)
{
    public static MarkdownSource Parse(SourceFile file, bool frontMatterRequired, DiagnosticBag diagnostics)
    {
        var text = file.Text!;
        var document = CourseMarkdown.ParseFile(text, out var problem);
        if (problem is not null) diagnostics.Error(DiagnosticCodes.MarkdownTooComplex, file.Path, problem.Line, 1, problem.Message);
        var frontMatter = FrontMatter.Find(text);
        if (frontMatter is null)
        {
            if (frontMatterRequired)
                diagnostics.Error(DiagnosticCodes.FrontMatterMissing, file.Path, 1, 1,
                    "the file must start with front matter: a line '---', 'key: value' lines, and another line '---'");
            return new MarkdownSource(file, null, document);
        }
        var root = new YamlTreeReader(file.Path, frontMatter.FirstLine, diagnostics).Read(frontMatter.Yaml);
        if (root is YamlMapping mapping) return new MarkdownSource(file, new YamlFields(file.Path, mapping, diagnostics), document);
        if (root is not null || !diagnostics.Items.Any(d => d.File.EndsWith(file.Path, StringComparison.Ordinal)))
            diagnostics.Error(DiagnosticCodes.WrongType, file.Path, frontMatter.FirstLine, 1, "front matter must be 'key: value' lines");
        return new MarkdownSource(file, null, document);
    }

    /// <summary>Keys present in the front matter, so a wrongly typed value is not also reported as missing.</summary>
    public bool Has(string key) => Fields?.Has(key) ?? false;
}
