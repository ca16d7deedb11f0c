using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Editions;
using SmartPolicingLms.Curricula.Folder;
using SmartPolicingLms.Curricula.Gift;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Rendering;
using SmartPolicingLms.Curricula.Validation;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>Turns the files of one course folder into a course, collecting every diagnostic on the way.</summary>
internal sealed class CourseBuilder(IReadOnlyList<SourceFile> files, CourseLoadOptions options, DiagnosticBag diagnostics)
{
    internal static readonly CourseFrontMatterValidator CourseValidator = new();
    internal static readonly ModuleFrontMatterValidator ModuleValidator = new();
    static readonly CourseRules Rules = new();

    readonly IReadOnlySet<string> paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

    // A folder over the limits was read only in part: what was not read is not also "missing", "unknown", "unmeasured".
    readonly bool truncated = diagnostics.Items.Any(d => d.Code == DiagnosticCodes.FolderTooLarge);

    public Course? Build()
    {
        // Edition files (course.ru.md, modules/01-x.ru.md) are read apart: the reference course is built from its own
        // files exactly as a course without editions, and each edition is then checked against it.
        var folder = EditionFolder.Split(files, diagnostics);
        var reference = folder.Reference;
        var courseFile = reference.FirstOrDefault(f => f.Path == "course.md");
        if (courseFile is null)
        {
            // A course.md refused for its bytes is reported already; it is not also missing.
            if (diagnostics.FilesWithErrors.Contains("course.md")) return null;
            diagnostics.Error(DiagnosticCodes.RequiredFileMissing, "course.md", 0, 0, "every course folder needs a course.md");
            return null;
        }
        var courseSource = MarkdownSource.Parse(courseFile, frontMatterRequired: true, diagnostics);
        var course = CourseFrontMatter.Read(courseSource.Fields ?? Empty(courseFile));
        Validate(CourseValidator.Validate(course), courseSource);
        InstructorBlockRules.Check(courseSource, isModule: false, diagnostics);

        var hash = CourseFolderReader.Hash(files);
        var courseId = course.Id is null ? "course" : Ids.Key(course.Id);
        var resolve = options.ResolveLink is { } resolver ? p => resolver(courseId, hash, p) : (Func<string, string>)(p => p);

        var modules = ReadModules(reference, out var modulesComplete);
        var objectiveIds = modules.SelectMany(m => m.FrontMatter.Objectives).Select(o => o.Id).OfType<string>().Select(Ids.Key).ToHashSet();
        var questions = ReadQuestions(reference.Where(f => f.Path.StartsWith("questions/", StringComparison.Ordinal)), objectiveIds, course.Language, resolve);
        foreach (var module in modules) SessionPlanRules.Check(module, course.HourMinutes, diagnostics);
        var questionsComplete = !truncated && !diagnostics.FilesWithErrors.Any(f => f.StartsWith("questions/", StringComparison.Ordinal) && EditionFiles.Parse(f) is null);
        var hoursAt = courseSource.Fields?.Where("hours") ?? (1, 1);
        var draft = new CourseDraft(course, hoursAt, modules, questions, modulesComplete, questionsComplete);
        ValidationReport.AddTo(diagnostics, Rules.Validate(draft), "course.md", _ => (0, 0));
        if (options.CheckItemWriting) ItemWriting.ItemWritingCheck.Run(questions, diagnostics);
        var editions = folder.Editions
            .Select(e => new EditionBuilder(this, new ReferenceCourse(course, modules, questions), e, resolve, diagnostics).Read())
            .ToList();
        if (diagnostics.HasErrors) return null;

        var overview = Render(courseSource, resolve);
        var built = new Course(courseId, course.Title!, course.Version!, course.Language!, course.Audience!.Value,
            new CourseSettings(course.Hours!.Value, course.HourMinutes, course.PassMarkPercent,
                course.AttendanceRequiredPercent, course.LateCreditPercent, course.PostTestAttempts),
            new CourseOrigin(course.Institution!, course.Country!), course.Summary!,
            course.Certificate is { Title: { } title, Statement: { } statement } ? new CourseCertificate(title, statement) : null, overview,
            modules.Select(m => ToModule(m, resolve)).ToList(), questions,
            files.Select(ToCourseFile).ToList(), hash);
        // An edition's files and hash are the reference's: the folder's hash already covers every edition file.
        return built with { Editions = editions.Select(e => e.Finish(built)).ToList() };
    }

    // complete: false when a module file was refused or its front matter or objectives could not be read, so rules
    // across modules (hours, objectives) would only restate that error.
    List<ModuleDraft> ReadModules(IReadOnlyList<SourceFile> reference, out bool complete)
    {
        var moduleFiles = reference.Where(f => f.Path.StartsWith("modules/", StringComparison.Ordinal)).ToList();
        // A module refused for its bytes (encoding, size, unreadable) still holds its place in the numbering.
        var refused = diagnostics.FilesWithErrors
            .Where(p => p.StartsWith("modules/", StringComparison.Ordinal) && p.EndsWith(".md", StringComparison.Ordinal) && !paths.Contains(p))
            .Where(p => EditionFiles.Parse(p) is null)
            .ToList();
        if (moduleFiles.Count == 0 && refused.Count == 0 && !truncated)
            diagnostics.Error(DiagnosticCodes.RequiredFileMissing, "modules", 0, 0, "the course has no modules; add files such as modules/01-introduction.md");
        ModuleDraft.CheckOrder(moduleFiles.Select(f => f.Path).Concat(refused).Order(StringComparer.Ordinal).ToList(), diagnostics);
        var drafts = new List<ModuleDraft>();
        complete = refused.Count == 0 && !truncated;
        foreach (var file in moduleFiles)
        {
            var source = MarkdownSource.Parse(file, frontMatterRequired: true, diagnostics);
            var before = diagnostics.Items.Count;
            var frontMatter = ModuleFrontMatter.Read(source.Fields ?? Empty(file));
            // 'objectives' of the wrong shape is reported where it stands; it is not also "empty", and the
            // objectives it meant to declare are not "unknown" to the questions that measure them.
            var objectivesUnread = frontMatter is { ObjectivesGiven: true, Objectives.Count: 0 }
                && diagnostics.Items.Skip(before).Any(d => d.Code == DiagnosticCodes.WrongType);
            var result = ModuleValidator.Validate(frontMatter);
            if (objectivesUnread)
                result = new FluentValidation.Results.ValidationResult(result.Errors.Where(e => e.ErrorCode != DiagnosticCodes.NoObjectives));
            Validate(result, source);
            complete &= source.Fields is not null && !objectivesUnread;
            InstructorBlockRules.Check(source, isModule: true, diagnostics);
            drafts.Add(new ModuleDraft(source, drafts.Count + 1, frontMatter) { Plan = SessionPlanReader.Read(source, diagnostics) });
        }
        return drafts;
    }

    internal List<Question> ReadQuestions(IEnumerable<SourceFile> questionFiles, IReadOnlySet<string> objectiveIds, string? language, Func<string, string> resolve)
    {
        var questions = new List<Question>();
        foreach (var file in questionFiles)
        {
            var links = new LinkPolicy(file.Path, paths, resolve, diagnostics);
            if (file.Path.EndsWith(".gift", StringComparison.OrdinalIgnoreCase))
            {
                questions.AddRange(GiftReader.Read(file.Text!, file.Path, objectiveIds, links, diagnostics, language));
                continue;
            }
            var source = MarkdownSource.Parse(file, frontMatterRequired: false, diagnostics);
            InstructorBlockRules.Check(source, isModule: false, diagnostics);
            links.Apply(source.Document);
            questions.AddRange(new QuestionBankReader(file.Path, file.Text!, language, diagnostics).Read(source.Document));
        }
        return questions;
    }

    internal string Render(MarkdownSource source, Func<string, string> resolve)
    {
        new LinkPolicy(source.File.Path, paths, resolve, diagnostics).Apply(source.Document);
        return CourseMarkdown.ToHtml(source.Document);
    }

    internal Module ToModule(ModuleDraft draft, Func<string, string> resolve)
    {
        var m = draft.FrontMatter;
        var id = Ids.Key(m.Id!);
        var recruitHtml = Render(draft.Source, resolve);
        return new Module(id, draft.Number, m.Title!, m.Hours!.Value, m.Delivery!.Value,
            m.Objectives.Select(o => new LearningObjective(Ids.Key(o.Id!), o.Text!, id)).ToList(),
            m.Slots.SelectMany(s => Enumerable.Repeat(new CoTrainerSlot(s.Community!.Value, s.Role!.Value), s.Count)).ToList(),
            recruitHtml, draft.Path)
        {
            // The links were made safe by the recruits' render above; the document is the same.
            // Most modules have no instructor-only block: their instructors' page is the recruits' page, rendered once.
            InstructorHtml = InstructorBlocks.All(draft.Source.Document).Any()
                ? CourseMarkdown.ToHtml(draft.Source.Document, forInstructors: true)
                : recruitHtml,
            LegalClaims = m.LegalClaims.Select(c => c.ToClaim()).ToList(),
            Plan = draft.Plan,
        };
    }

    internal void Validate(FluentValidation.Results.ValidationResult result, MarkdownSource source)
    {
        if (source.Fields is null) return; // the missing or broken front matter is already reported
        var kept = new FluentValidation.Results.ValidationResult(result.Errors.Where(e =>
            e.ErrorCode != DiagnosticCodes.MissingKey || e.CustomState is not null || !source.Has(e.PropertyName)));
        ValidationReport.AddTo(diagnostics, kept, source.File.Path, source.Fields.Where);
    }

    internal Yaml.YamlFields Empty(SourceFile file) => new(file.Path, new Yaml.YamlMapping([], 1, 1), diagnostics);

    static CourseFile ToCourseFile(SourceFile file) =>
        new(file.Path, file.Sha256, file.Bytes.Length, file.Bytes);
}
