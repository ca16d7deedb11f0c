using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Folder;

namespace SmartPolicingLms.Curricula.Editions;

/// <summary>The files of one edition: its course file and each reference module or question file with its sibling.</summary>
/// <param name="Tag">The language tag of the files, such as <c>ru</c>.</param>
/// <param name="CourseFile">course.&lt;tag&gt;.md; null when it is missing or was refused for its bytes.</param>
/// <param name="Pairs">Reference module and question files, in path order, each with its edition sibling (null when missing).</param>
/// <param name="Present">Paths of the edition's files, those refused for their bytes included (they are not also missing).</param>
internal sealed record EditionSources(
    string Tag, SourceFile? CourseFile, IReadOnlyList<(SourceFile Reference, SourceFile? Edition)> Pairs, IReadOnlySet<string> Present)
{
    /// <summary>Reports the edition's course file and each module or question file it lacks: an edition translates them all.</summary>
    public void ReportMissing(DiagnosticBag diagnostics)
    {
        var language = EditionFiles.Name(Tag);
        var coursePath = EditionFiles.Sibling("course.md", Tag);
        if (!Present.Contains(coursePath))
            diagnostics.Error(DiagnosticCodes.EditionCourseFileMissing, coursePath, 0, 0,
                $"the folder has {language} files but no {coursePath}; add it, a translation of course.md with 'language: {Tag}'");
        foreach (var (reference, _) in Pairs)
        {
            var sibling = EditionFiles.Sibling(reference.Path, Tag);
            if (!Present.Contains(sibling))
                diagnostics.Error(DiagnosticCodes.EditionFileMissing, sibling, 0, 0,
                    $"the {language} edition has no translation of {reference.Path}; an edition translates every module and question file, so add {sibling}");
        }
    }
}

/// <summary>A course folder's files split into the reference course's and each edition's.</summary>
internal sealed record EditionFolder(IReadOnlyList<SourceFile> Reference, IReadOnlyList<EditionSources> Editions)
{
    /// <summary>
    /// Splits the files and reports an edition file without its reference file, and a tag that is no language.
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
            editions.Add(Sources(tag.Key, files, reference, present));
        }
        return new EditionFolder(reference, editions);
    }

    static EditionSources Sources(string tag, IReadOnlyList<SourceFile> files, List<SourceFile> reference, HashSet<string> present)
    {
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var pairs = reference.Where(f => f.Path != "course.md" && EditionFiles.IsTranslatable(f.Path))
            .Select(f => (f, byPath.GetValueOrDefault(EditionFiles.Sibling(f.Path, tag)))).ToList();
        return new EditionSources(tag, byPath.GetValueOrDefault(EditionFiles.Sibling("course.md", tag)), pairs, present);
    }

    // Files the folder reader refused for their bytes (not UTF-8, too large) are reported already: they are neither
    // missing from their edition nor an edition file's missing reference.
    static IEnumerable<string> RefusedFiles(DiagnosticBag diagnostics, bool edition) =>
        diagnostics.FilesWithErrors.Where(p => EditionFiles.IsTranslatable(p) && (EditionFiles.Parse(p) is not null) == edition).ToList();
}
