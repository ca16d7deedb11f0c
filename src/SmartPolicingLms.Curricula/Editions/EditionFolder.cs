using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Folder;

namespace SmartPolicingLms.Curricula.Editions;

/// <summary>The files of one edition: its course file and each reference module or question file with its sibling.</summary>
/// <param name="Tag">The language tag of the files, such as <c>ru</c>.</param>
/// <param name="CourseFile">course.&lt;tag&gt;.md; null when it is missing or was refused for its bytes.</param>
/// <param name="Pairs">Reference module and question files, in path order, each with its edition sibling (null when missing).</param>
internal sealed record EditionSources(string Tag, SourceFile? CourseFile, IReadOnlyList<(SourceFile Reference, SourceFile? Edition)> Pairs);

/// <summary>A course folder's files split into the reference course's and each edition's.</summary>
internal sealed record EditionFolder(IReadOnlyList<SourceFile> Reference, IReadOnlyList<EditionSources> Editions)
{
    /// <summary>
    /// Splits the files and reports what no later check can: an edition file without its reference file, a tag that
    /// is no language, an edition missing its course file or one of the reference's module and question files.
    /// </summary>
    public static EditionFolder Split(IReadOnlyList<SourceFile> files, DiagnosticBag diagnostics)
    {
        var reference = files.Where(f => EditionFiles.Parse(f.Path) is null).ToList();
        var referencePaths = reference.Select(f => f.Path).Concat(RefusedFiles(diagnostics, edition: false)).ToHashSet(StringComparer.Ordinal);
        var byTag = files.Select(f => f.Path).Concat(RefusedFiles(diagnostics, edition: true))
            .Select(p => (Path: p, Name: EditionFiles.Parse(p)))
            .Where(x => x.Name is not null)
            .GroupBy(x => x.Name!.Value.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var editions = new List<EditionSources>();
        foreach (var tag in byTag)
        {
            if (!EditionFiles.IsKnownLanguage(tag.Key))
            {
                foreach (var (path, _) in tag)
                    diagnostics.Error(DiagnosticCodes.EditionTagInvalid, path, 0, 0,
                        $"'{tag.Key}' before the extension makes this an edition file, but it is not a language code; "
                        + "name edition files with the language before the extension, such as 01-basics.ru.md, and other files without a dot in the name");
                continue;
            }
            var present = tag.Select(x => x.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var (path, name) in tag.Where(x => !referencePaths.Contains(x.Name!.Value.ReferencePath)))
                diagnostics.Error(DiagnosticCodes.EditionFileWithoutReference, path, 0, 0,
                    $"this {EditionFiles.Name(tag.Key)} file translates {name!.Value.ReferencePath}, which does not exist; "
                    + "an edition file sits beside the English file it translates, with the same name and the language before the extension");
            editions.Add(Sources(tag.Key, files, reference, present, diagnostics));
        }
        return new EditionFolder(reference, editions);
    }

    static EditionSources Sources(string tag, IReadOnlyList<SourceFile> files, List<SourceFile> reference, HashSet<string> present, DiagnosticBag diagnostics)
    {
        var language = EditionFiles.Name(tag);
        var coursePath = EditionFiles.Sibling("course.md", tag);
        if (!present.Contains(coursePath))
            diagnostics.Error(DiagnosticCodes.EditionCourseFileMissing, coursePath, 0, 0,
                $"the folder has {language} files but no {coursePath}; add it, a translation of course.md with 'language: {tag}'");
        var pairs = new List<(SourceFile, SourceFile?)>();
        foreach (var file in reference.Where(f => f.Path != "course.md" && EditionFiles.IsTranslatable(f.Path)))
        {
            var sibling = EditionFiles.Sibling(file.Path, tag);
            if (!present.Contains(sibling))
                diagnostics.Error(DiagnosticCodes.EditionFileMissing, sibling, 0, 0,
                    $"the {language} edition has no translation of {file.Path}; an edition translates every module and question file, so add {sibling}");
            pairs.Add((file, files.FirstOrDefault(f => f.Path == sibling)));
        }
        return new EditionSources(tag, files.FirstOrDefault(f => f.Path == coursePath), pairs);
    }

    // Files the folder reader refused for their bytes (not UTF-8, too large) are reported already: they are neither
    // missing from their edition nor an edition file's missing reference.
    static IEnumerable<string> RefusedFiles(DiagnosticBag diagnostics, bool edition) =>
        diagnostics.FilesWithErrors.Where(p => EditionFiles.IsTranslatable(p) && (EditionFiles.Parse(p) is not null) == edition).ToList();
}
