using Source = SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Features.CourseImport;

// Copies a loaded course into rows, whole: the stored version must not need the Markdown again.
internal static class CourseVersionMapper
{
    public static CourseVersion ToVersion(this Source.Course course, int number, string folder, DateTime now)
    {
        var version = Reference(course, number, folder, now);
        version.Editions.AddRange(course.Editions.Select(e => e.ToEdition(version)));
        return version;
    }

    static CourseVersion Reference(Source.Course course, int number, string folder, DateTime now) => new()
    {
        CourseId = course.Id,
        Number = number,
        VersionLabel = course.VersionLabel,
        ContentHash = course.ContentHash,
        Title = course.Title,
        Language = course.Language,
        Audience = course.Audience,
        Summary = course.Summary,
        OverviewHtml = course.OverviewHtml,
        OriginInstitution = course.Origin.Institution,
        OriginCountry = course.Origin.Country,
        DeclaredHours = course.Settings.DeclaredHours,
        HourMinutes = course.Settings.HourMinutes,
        PassMarkPercent = course.Settings.PassMarkPercent,
        AttendanceRequiredPercent = course.Settings.AttendanceRequiredPercent,
        LateCreditPercent = course.Settings.LateCreditPercent,
        PostTestAttempts = course.Settings.PostTestAttempts,
        CertificateTitle = course.Certificate?.Title,
        CertificateStatement = course.Certificate?.Statement,
        SourceFolder = folder,
        ImportedAt = now,
        Modules = [.. course.Modules.Select(ToModule)],
        Questions = [.. course.Questions.Select(ToQuestion)],
        Files = [.. course.Files.Select(f => new CourseVersionFile
        {
            Path = f.Path,
            Sha256 = f.Sha256,
            Length = f.Length,
            Content = f.Content.ToArray(),
        })],
    };

    static CourseModule ToModule(Source.Module module) => new()
    {
        Key = module.Id,
        Number = module.Number,
        Title = module.Title,
        Hours = module.Hours,
        Delivery = module.Delivery,
        Html = module.HtmlFor(Source.Viewer.Recruit),
        // Stored only when it differs: most modules have no instructor-only block, and pages fall back to Html.
        InstructorHtml = module.HtmlFor(Source.Viewer.Instructor) is var instructors && instructors != module.Html ? instructors : null,
        SourcePath = module.SourcePath,
        Objectives = [.. module.Objectives.Select((o, i) => new ModuleObjective { Key = o.Id, Position = i + 1, Text = o.Text })],
        Slots = [.. module.Slots.Select((s, i) => new ModuleSlot { Position = i + 1, Community = s.Community, Role = s.Role })],
        LegalClaims = [.. module.LegalClaims.Select((c, i) => new ModuleLegalClaim
        {
            Position = i + 1,
            Claim = c.Text,
            Source = c.Source,
            ReviewedBy = c.Review?.ReviewedBy,
            ReviewedOn = c.Review?.ReviewedOn,
        })],
    };

    static CourseQuestion ToQuestion(Source.Question question, int index) => new()
    {
        Key = question.Id,
        Position = index + 1,
        ObjectiveKey = question.ObjectiveId,
        Kind = question.Kind,
        PromptHtml = question.PromptHtml,
        Shuffle = question.Shuffle,
        FeedbackHtml = question.FeedbackHtml,
        Favourable = question.Favourable,
        SourcePath = question.SourcePath,
        Line = question.Line,
        Form = question.Form,
        Options = [.. question.Options.Select((o, i) => new CourseQuestionOption
        {
            Position = i + 1,
            Html = o.Html,
            Text = o.Text,
            Weight = o.Weight,
            FeedbackHtml = o.FeedbackHtml,
            Match = o.Match,
            NumberValue = o.Number?.Value,
            NumberTolerance = o.Number?.Tolerance,
        })],
    };
}
