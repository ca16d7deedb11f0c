namespace SmartPolicingLms.Curricula.Diagnostics;

/// <summary>
/// Every diagnostic code the loader reports. Codes are stable: tools and course authors may
/// rely on them, so a code is never reused for another meaning.
/// </summary>
public static class DiagnosticCodes
{
    // CUR00xx: the folder and its files as bytes.
    /// <summary>The course folder does not exist or is not a folder.</summary>
    public const string FolderNotFound = "CUR0001";
    /// <summary>A required file (course.md, a module) is missing.</summary>
    public const string RequiredFileMissing = "CUR0002";
    /// <summary>A file is larger than the limit for its kind.</summary>
    public const string FileTooLarge = "CUR0003";
    /// <summary>The folder holds too many files or bytes in all.</summary>
    public const string FolderTooLarge = "CUR0004";
    /// <summary>A text file is not valid UTF-8.</summary>
    public const string NotUtf8 = "CUR0005";
    /// <summary>A text file contains a NUL byte.</summary>
    public const string NulByte = "CUR0006";
    /// <summary>A file is empty.</summary>
    public const string EmptyFile = "CUR0007";
    /// <summary>A symbolic link points outside the course folder.</summary>
    public const string LinkLeavesFolder = "CUR0008";
    /// <summary>A file could not be read (permissions, I/O).</summary>
    public const string FileUnreadable = "CUR0009";
    /// <summary>A file of a kind the format does not know sits in the folder.</summary>
    public const string UnknownFile = "CUR0010";
    /// <summary>Markdown too long in one paragraph or nested too deeply to parse in reasonable time.</summary>
    public const string MarkdownTooComplex = "CUR0011";

    // CUR01xx: front matter.
    /// <summary>The file has no YAML front matter between <c>---</c> lines.</summary>
    public const string FrontMatterMissing = "CUR0101";
    /// <summary>The front matter is not valid YAML.</summary>
    public const string YamlSyntax = "CUR0102";
    /// <summary>The front matter uses YAML anchors, aliases, tags or merge keys, which the format forbids.</summary>
    public const string YamlFeatureForbidden = "CUR0103";
    /// <summary>A key the format does not know.</summary>
    public const string UnknownKey = "CUR0104";
    /// <summary>A required key is missing; a warning for <c>certificate</c>, which course folders written before it lack.</summary>
    public const string MissingKey = "CUR0105";
    /// <summary>A value has the wrong type or shape.</summary>
    public const string WrongType = "CUR0106";
    /// <summary>A key appears twice in one mapping.</summary>
    public const string DuplicateKey = "CUR0107";

    // CUR02xx: course and module rules (FluentValidation).
    /// <summary>A value is out of its allowed range or set.</summary>
    public const string InvalidValue = "CUR0201";
    /// <summary>An id does not have the form of an id (lower-case letters, digits and hyphens).</summary>
    public const string InvalidId = "CUR0202";
    /// <summary>Two things that need unique ids share one.</summary>
    public const string DuplicateId = "CUR0203";
    /// <summary>The modules' hours do not add up to the hours the course declares.</summary>
    public const string HoursMismatch = "CUR0204";
    /// <summary>Module files are not numbered 01, 02, ... in order.</summary>
    public const string ModuleOrder = "CUR0205";
    /// <summary>A self-study module carries co-trainer slots, which only sessions can have.</summary>
    public const string SlotsOnSelfStudy = "CUR0206";
    /// <summary>A module has no learning objective.</summary>
    public const string NoObjectives = "CUR0207";

    // CUR03xx: the question bank.
    /// <summary>A question is not written in the shape the format needs.</summary>
    public const string QuestionShape = "CUR0301";
    /// <summary>A question has no right answer.</summary>
    public const string NoRightAnswer = "CUR0302";
    /// <summary>A single-choice or true/false question has more than one right answer.</summary>
    public const string TooManyRightAnswers = "CUR0303";
    /// <summary>A question names an objective the course does not have.</summary>
    public const string UnknownObjective = "CUR0304";
    /// <summary>An objective that no scored question measures.</summary>
    public const string ObjectiveNotMeasured = "CUR0305";
    /// <summary>A question names no objective.</summary>
    public const string QuestionWithoutObjective = "CUR0306";
    /// <summary>The course has no scored question, so no test can be built.</summary>
    public const string NoQuestions = "CUR0307";
    /// <summary>The pre- and post-test forms measure an objective with different numbers of scored items.</summary>
    public const string FormsNotParallel = "CUR0330";

    // CUR04xx: links and images.
    /// <summary>A relative link or image points to a file that does not exist.</summary>
    public const string BrokenLink = "CUR0401";
    /// <summary>A link or image leaves the course folder.</summary>
    public const string LinkOutsideCourse = "CUR0402";
    /// <summary>A link or image uses a scheme other than http, https or mailto; it was neutralised.</summary>
    public const string UnsafeLink = "CUR0403";

    // CUR05xx: Moodle GIFT files.
    /// <summary>The GIFT text cannot be parsed.</summary>
    public const string GiftSyntax = "CUR0501";
    /// <summary>A GIFT question type the LMS does not support (matching, numerical, essay, missing word).</summary>
    public const string GiftUnsupported = "CUR0502";
    /// <summary>A GIFT answer weight is not a valid percentage.</summary>
    public const string GiftWeight = "CUR0503";

    // CUR06xx: the item-writing check (warnings, reported only when it is asked for: validate --items, inspect).
    /// <summary>The right option is the longest in more than 40% of a form's single-choice items.</summary>
    public const string ItemLongestIsRight = "CUR0601";
    /// <summary>The right options' written positions are far from even across a form's single-choice items.</summary>
    public const string ItemKeyPositions = "CUR0602";
    /// <summary>More than 70% of a form's true/false items have the same answer.</summary>
    public const string ItemTrueFalseOneWay = "CUR0603";
    /// <summary>A scored item has no feedback, neither general nor on an option.</summary>
    public const string ItemWithoutFeedback = "CUR0604";
    /// <summary>An option says "all of the above" or "none of the above".</summary>
    public const string ItemAllOrNoneOfTheAbove = "CUR0605";
    /// <summary>An attitude statement may ask about two things at once (joined by "and", "or").</summary>
    public const string ItemDoubleBarrelled = "CUR0606";

    // CUR09xx: the course set.
    /// <summary>Two course folders declare the same course id.</summary>
    public const string DuplicateCourse = "CUR0901";
}
