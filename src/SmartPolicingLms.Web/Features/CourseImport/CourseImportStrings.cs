namespace SmartPolicingLms.Web.Features.CourseImport;

// The words of the course import page. The curricula engine's diagnostics it lists stay in English: they are written
// for course authors, with codes, files and lines, like the CLI's `validate`.
internal sealed class CourseImportStrings;
