using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Folder;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Parsing;
using SmartPolicingLms.Curricula.Validation;

namespace SmartPolicingLms.Curricula.Editions;

/// <summary>The reference course as read, before rendering: what every edition is checked against.</summary>
internal sealed record ReferenceCourse(CourseFrontMatter Course, IReadOnlyList<ModuleDraft> Modules, IReadOnlyList<Question> Questions);

/// <summary>
/// Reads one edition with the parsing of the reference (in the edition's language, so its true/false words count),
/// checks each file against its reference file, and, when the whole folder has no error, builds it as a course.
/// </summary>
internal sealed class EditionBuilder(
    CourseBuilder builder, ReferenceCourse reference, EditionSources sources, Func<string, string> resolve, DiagnosticBag diagnostics)
{
    MarkdownSource? courseSource;
    CourseFrontMatter? course;
    bool awaitingReview;
    readonly List<ModuleDraft> modules = [];
    readonly List<Question> questions = [];
    readonly Dictionary<string, string> renamedObjectives = new(StringComparer.Ordinal);

    string Tag => sources.Tag;

    public EditionBuilder Read()
    {
        if (reference.Course.Language is { } own && string.Equals(own, Tag, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(DiagnosticCodes.EditionTagInvalid, sources.CourseFile?.Path ?? EditionFiles.Sibling("course.md", Tag), 0, 0,
                $"course.md is already in '{own}', so the '{Tag}' files are not another edition; remove them or give them their own language's tag");
            return this;
        }
        sources.ReportMissing(diagnostics);
        if (sources.CourseFile is { } file)
        {
            courseSource = MarkdownSource.Parse(file, frontMatterRequired: true, diagnostics);
            (course, awaitingReview) = EditionCourseFile.Read(courseSource, reference.Course, Tag, builder, diagnostics);
            InstructorBlockRules.Check(courseSource, isModule: false, diagnostics);
        }
        var objectiveIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (referenceFile, editionFile) in sources.Pairs.Where(p => p.Edition is not null && IsModule(p.Reference)))
        {
            var module = ReadModule(editionFile!, reference.Modules.First(m => m.Path == referenceFile.Path));
            objectiveIds.UnionWith(module.FrontMatter.Objectives.Select(o => o.Id).OfType<string>().Select(Ids.Key));
        }
        objectiveIds.UnionWith(reference.Modules.SelectMany(m => m.FrontMatter.Objectives).Select(o => o.Id).OfType<string>().Select(Ids.Key));
        foreach (var (referenceFile, editionFile) in sources.Pairs.Where(p => p.Edition is not null && !IsModule(p.Reference)))
            ReadQuestions(referenceFile, editionFile!, objectiveIds);
        return this;
    }

    static bool IsModule(SourceFile file) => file.Path.StartsWith("modules/", StringComparison.Ordinal);

    ModuleDraft ReadModule(SourceFile file, ModuleDraft referenceModule)
    {
        var source = MarkdownSource.Parse(file, frontMatterRequired: true, diagnostics);
        var frontMatter = ModuleFrontMatter.Read(source.Fields ?? builder.Empty(file));
        // The structure (id, hours, delivery, objectives' ids, slots) is the reference's: the alignment reports where it
        // differs. Only what an edition writes in its own words is checked as in any module.
        var result = CourseBuilder.ModuleValidator.Validate(frontMatter);
        builder.Validate(new FluentValidation.Results.ValidationResult(result.Errors.Where(IsTheEditionsOwn)), source);
        InstructorBlockRules.Check(source, isModule: true, diagnostics);
        var draft = new ModuleDraft(source, referenceModule.Number, frontMatter) { Plan = SessionPlanReader.Read(source, diagnostics) };
        modules.Add(draft);
        if (source.Fields is not null && !diagnostics.FilesWithErrors.Contains(referenceModule.Path))
            ModuleAlignment.Check(referenceModule, draft, renamedObjectives, diagnostics);
        return draft;
    }

    // What an edition writes in its words (a title, objectives' text, legal claims), and an objective or a slot too
    // incomplete to compare with the reference's (no id, no community or role).
    static bool IsTheEditionsOwn(FluentValidation.Results.ValidationFailure failure) =>
        failure.PropertyName == "title"
        || failure.PropertyName.EndsWith(".Text", StringComparison.Ordinal)
        || failure.ErrorCode == DiagnosticCodes.LegalClaimShape
        || failure.PropertyName.StartsWith("Slots[", StringComparison.Ordinal) && failure.ErrorCode == DiagnosticCodes.MissingKey
        || failure.PropertyName.StartsWith("Objectives[", StringComparison.Ordinal) && failure.PropertyName.EndsWith(".Id", StringComparison.Ordinal)
            && failure.AttemptedValue is null;

    void ReadQuestions(SourceFile referenceFile, SourceFile editionFile, IReadOnlySet<string> objectiveIds)
    {
        var read = builder.ReadQuestions([editionFile], objectiveIds, Tag, resolve);
        questions.AddRange(read);
        var theirs = reference.Questions.Where(q => q.SourcePath == referenceFile.Path).ToList();
        new QuestionAlignment(referenceFile.Path, editionFile.Path, renamedObjectives, diagnostics).Check(theirs, read,
            referenceComplete: !diagnostics.FilesWithErrors.Contains(referenceFile.Path),
            editionComplete: !diagnostics.FilesWithErrors.Contains(editionFile.Path));
    }

    /// <summary>The edition as a course; called only when the folder has no error, so every part was read and aligned.</summary>
    public CourseEdition Finish(Course referenceCourse)
    {
        var e = course!;
        var content = new Course(referenceCourse.Id, e.Title!, referenceCourse.VersionLabel, Tag, referenceCourse.Audience,
            referenceCourse.Settings, referenceCourse.Origin with { Institution = e.Institution ?? referenceCourse.Origin.Institution },
            e.Summary!, e.Certificate is { Title: { } title, Statement: { } statement } ? new CourseCertificate(title, statement) : null,
            builder.Render(courseSource!, resolve), modules.Select(m => builder.ToModule(m, resolve)).ToList(), questions,
            referenceCourse.Files, referenceCourse.ContentHash);
        return new CourseEdition(Tag, awaitingReview, content);
    }
}
