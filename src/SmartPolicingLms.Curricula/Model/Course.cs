namespace SmartPolicingLms.Curricula.Model;

/// <summary>A course version read from one course folder: settings, modules, question bank and files.</summary>
/// <param name="Id">Stable id from <c>course.md</c>; the same across versions of the course.</param>
/// <param name="Title">Title shown to people.</param>
/// <param name="VersionLabel">Version label for people; the <paramref name="ContentHash"/> identifies the version.</param>
/// <param name="Language">BCP 47 language tag of the course text, such as <c>en</c>, <c>ru</c> or <c>ky</c>.</param>
/// <param name="Audience">Who the course is written for.</param>
/// <param name="Settings">Hours, pass mark, attendance and attempts rules.</param>
/// <param name="Origin">The institution and country the course comes from.</param>
/// <param name="Summary">One-paragraph summary in plain text.</param>
/// <param name="Certificate">What the course's certificates say; null for a course that does not declare it yet.</param>
/// <param name="OverviewHtml">The rendered body of <c>course.md</c>.</param>
/// <param name="Modules">Modules in teaching order.</param>
/// <param name="Questions">The question bank: shared by the pre- and post-test, or split into parallel forms.</param>
/// <param name="Files">Every file of the folder with its hash, images included.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 over the folder's files, stable across machines and line endings.</param>
public sealed record Course(
    string Id,
    string Title,
    string VersionLabel,
    string Language,
    Audience Audience,
    CourseSettings Settings,
    CourseOrigin Origin,
    string Summary,
    CourseCertificate? Certificate,
    string OverviewHtml,
    IReadOnlyList<Module> Modules,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<CourseFile> Files,
    string ContentHash)
{
    /// <summary>
    /// The course in other languages, aligned with this one (the reference edition), in the order of their language
    /// tags; empty for a course written in one language.
    /// </summary>
    public IReadOnlyList<CourseEdition> Editions { get; init; } = [];

    /// <summary>Every learning objective of every module, in module order.</summary>
    public IEnumerable<LearningObjective> Objectives => Modules.SelectMany(m => m.Objectives);

    /// <summary>Hours of the modules taught in sessions (everything but self-study).</summary>
    public decimal ContactHours => Modules.Where(m => m.Delivery.IsContact()).Sum(m => m.Hours);

    /// <summary>True while any module's legal claim awaits local legal review.</summary>
    public bool NeedsLegalReview => Modules.Any(m => m.NeedsLegalReview);

    /// <summary>True when the pre- and post-test ask different items (parallel forms), so results compare objectives.</summary>
    public bool HasParallelForms => Questions.Any(q => q.Form != QuestionForm.Both);
}

/// <summary>Who a course is written for.</summary>
public enum Audience
{
    /// <summary>Cadets of a police academy (such as fourth-year cadets in Kyrgyzstan).</summary>
    Cadets,
    /// <summary>New recruits in basic training.</summary>
    Recruits,
    /// <summary>Serving officers in in-service training.</summary>
    InServiceOfficers,
}

/// <summary>Where a course comes from.</summary>
/// <param name="Institution">The institution that wrote or runs it.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country code, upper case.</param>
public sealed record CourseOrigin(string Institution, string Country);

/// <summary>What the course's certificates say, in the course's language.</summary>
/// <param name="Title">The certificate's title, such as <c>Certificate of completion</c>; plain text, one line.</param>
/// <param name="Statement">One plain-text sentence saying what was completed.</param>
public sealed record CourseCertificate(string Title, string Statement);

/// <summary>The rules a cohort of the course runs by.</summary>
/// <param name="DeclaredHours">Total hours the course declares; the modules must add up to it.</param>
/// <param name="HourMinutes">Length of one teaching hour in minutes (60, or 45 for academic hours).</param>
/// <param name="PassMarkPercent">Post-test score, in percent of scored points, needed to pass.</param>
/// <param name="AttendanceRequiredPercent">Share of contact hours, in percent, a recruit must attend.</param>
/// <param name="LateCreditPercent">How much of a session a late arrival is credited with, in percent.</param>
/// <param name="PostTestAttempts">How many times a recruit may take the post-test.</param>
public sealed record CourseSettings(
    decimal DeclaredHours,
    int HourMinutes,
    int PassMarkPercent,
    int AttendanceRequiredPercent,
    int LateCreditPercent,
    int PostTestAttempts);

/// <summary>A file of the course folder, stored with the version so it stays viewable.</summary>
/// <param name="Path">Path relative to the course folder, with forward slashes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the normalised content.</param>
/// <param name="Length">Length in bytes of the file as read.</param>
/// <param name="Content">The bytes (text normalised to LF line endings without a byte-order mark).</param>
public sealed record CourseFile(string Path, string Sha256, long Length, ReadOnlyMemory<byte> Content)
{
    /// <summary>True for images, which the rendered modules may show.</summary>
    public bool IsImage => CourseFileKinds.IsImage(Path);
}
