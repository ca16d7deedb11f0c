using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Folder;
using SmartPolicingLms.Curricula.Gift;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Rendering;
using SmartPolicingLms.Curricula.Validation;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>Turns the files of one course folder into a course, collecting every diagnostic on the way.</summary>
internal sealed class CourseBuilder(IReadOnlyList<SourceFile> files, CourseLoadOptions options, DiagnosticBag diagnostics)
{
    static readonly CourseFrontMatterValidator CourseValidator = new();
    static readonly ModuleFrontMatterValidator ModuleValidator = new();
    static readonly CourseRules Rules = new();

    readonly IReadOnlySet<string> paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

    public Course? Build()
    {
        var courseFile = files.FirstOrDefault(f => f.Path == "course.md");
        if (courseFile is null)
        {
            diagnostics.Error(DiagnosticCodes.RequiredFileMissing, "course.md", 0, 0, "every course folder needs a course.md");
            return null;
        }
        var courseSource = MarkdownSource.Parse(courseFile, frontMatterRequired: true, diagnostics);
        var course = CourseFrontMatter.Read(courseSource.Fields ?? Empty(courseFile));
        Validate(CourseValidator.Validate(course), courseSource);

        var hash = CourseFolderReader.Hash(files);
        var courseId = course.Id ?? "course";
        var resolve = options.ResolveLink is { } resolver ? p => resolver(courseId, hash, p) : (Func<string, string>)(p => p);

        var modules = ReadModules();
        var objectiveIds = modules.SelectMany(m => m.FrontMatter.Objectives).Select(o => o.Id).OfType<string>().ToHashSet();
        var questions = ReadQuestions(objectiveIds, resolve);
        var hoursAt = courseSource.Fields?.Where("hours") ?? (1, 1);
        ValidationReport.AddTo(diagnostics, Rules.Validate(new CourseDraft(course, hoursAt, modules, questions)), "course.md", _ => (0, 0));
        if (options.CheckItemWriting) ItemWriting.ItemWritingCheck.Run(questions, diagnostics);
        if (diagnostics.HasErrors) return null;

        var overview = Render(courseSource, resolve);
        return new Course(course.Id!, course.Title!, course.Version!, course.Language!, course.Audience!.Value,
            new CourseSettings(course.Hours!.Value, course.HourMinutes, course.PassMarkPercent,
                course.AttendanceRequiredPercent, course.LateCreditPercent, course.PostTestAttempts),
            new CourseOrigin(course.Institution!, course.Country!), course.Summary!,
            course.Certificate is { Title: { } title, Statement: { } statement } ? new CourseCertificate(title, statement) : null, overview,
            modules.Select(m => ToModule(m, resolve)).ToList(), questions,
            files.Select(ToCourseFile).ToList(), hash);
    }

    List<ModuleDraft> ReadModules()
    {
        var moduleFiles = files.Where(f => f.Path.StartsWith("modules/", StringComparison.Ordinal)).ToList();
        if (moduleFiles.Count == 0)
            diagnostics.Error(DiagnosticCodes.RequiredFileMissing, "modules", 0, 0, "the course has no modules; add files such as modules/01-introduction.md");
        ModuleDraft.CheckOrder(moduleFiles.Select(f => f.Path).ToList(), diagnostics);
        var drafts = new List<ModuleDraft>();
        foreach (var file in moduleFiles)
        {
            var source = MarkdownSource.Parse(file, frontMatterRequired: true, diagnostics);
            var frontMatter = ModuleFrontMatter.Read(source.Fields ?? Empty(file));
            Validate(ModuleValidator.Validate(frontMatter), source);
            drafts.Add(new ModuleDraft(source, drafts.Count + 1, frontMatter));
        }
        return drafts;
    }

    List<Question> ReadQuestions(IReadOnlySet<string> objectiveIds, Func<string, string> resolve)
    {
        var questions = new List<Question>();
        foreach (var file in files.Where(f => f.Path.StartsWith("questions/", StringComparison.Ordinal)))
        {
            var links = new LinkPolicy(file.Path, paths, resolve, diagnostics);
            if (file.Path.EndsWith(".gift", StringComparison.OrdinalIgnoreCase))
            {
                questions.AddRange(GiftReader.Read(file.Text!, file.Path, objectiveIds, links, diagnostics));
                continue;
            }
            var source = MarkdownSource.Parse(file, frontMatterRequired: false, diagnostics);
            links.Apply(source.Document);
            questions.AddRange(new QuestionBankReader(file.Path, file.Text!, diagnostics).Read(source.Document));
        }
        return questions;
    }

    string Render(MarkdownSource source, Func<string, string> resolve)
    {
        new LinkPolicy(source.File.Path, paths, resolve, diagnostics).Apply(source.Document);
        return CourseMarkdown.ToHtml(source.Document);
    }

    Module ToModule(ModuleDraft draft, Func<string, string> resolve)
    {
        var m = draft.FrontMatter;
        return new Module(m.Id!, draft.Number, m.Title!, m.Hours!.Value, m.Delivery!.Value,
            m.Objectives.Select(o => new LearningObjective(o.Id!, o.Text!, m.Id!)).ToList(),
            m.Slots.SelectMany(s => Enumerable.Repeat(new CoTrainerSlot(s.Community!.Value, s.Role!.Value), s.Count)).ToList(),
            Render(draft.Source, resolve), draft.Path);
    }

    void Validate(FluentValidation.Results.ValidationResult result, MarkdownSource source)
    {
        if (source.Fields is null) return; // the missing or broken front matter is already reported
        var kept = new FluentValidation.Results.ValidationResult(result.Errors.Where(e =>
            e.ErrorCode != DiagnosticCodes.MissingKey || e.CustomState is not null || !source.Has(e.PropertyName)));
        ValidationReport.AddTo(diagnostics, kept, source.File.Path, source.Fields.Where);
    }

    Yaml.YamlFields Empty(SourceFile file) => new(file.Path, new Yaml.YamlMapping([], 1, 1), diagnostics);

    static CourseFile ToCourseFile(SourceFile file) =>
        new(file.Path, file.Sha256, file.Bytes.Length, file.Bytes);
}
