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
    /// <summary>A symbolic link points outside the course folder, or a file is a hard link with a name outside it.</summary>
    public const string LinkLeavesFolder = "CUR0008";
    /// <summary>A file could not be read (permissions, I/O).</summary>
    public const string FileUnreadable = "CUR0009";
    /// <summary>A file of a kind the format does not know sits in the folder.</summary>
    public const string UnknownFile = "CUR0010";
    /// <summary>Markdown too long in one paragraph or nested too deeply to parse in reasonable time.</summary>
    public const string MarkdownTooComplex = "CUR0011";
    /// <summary>A file or folder name holds a line break or another control character; it is not read.</summary>
    public const string FileNameUnsafe = "CUR0012";
    /// <summary>A file or folder name Windows cannot hold (a device name, a reserved character, a trailing dot or space, or a clash in case).</summary>
    public const string FileNameNotPortable = "CUR0013";

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
    /// <summary>A module's <c>legal-claims</c> entry lacks its claim or a clear review state (pending, or reviewed by whom and when).</summary>
    public const string LegalClaimShape = "CUR0220";

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
    /// <summary>A GIFT question type the LMS does not support (essay, description), or HTML media it drops.</summary>
    public const string GiftUnsupported = "CUR0502";
    /// <summary>A GIFT answer weight is not a valid percentage.</summary>
    public const string GiftWeight = "CUR0503";
    /// <summary>A <c>// objective:</c> comment is cut off from the question below it by a blank line, so it names no question's objective.</summary>
    public const string GiftObjectiveDetached = "CUR0504";
    /// <summary>A GIFT weight that is not one of Moodle's grades, so Moodle would refuse or round it while this LMS scores it as written.</summary>
    public const string GiftWeightNotMoodle = "CUR0505";
    /// <summary>A GIFT answer key that means something else than it seems: words Moodle reads otherwise, options a recruit cannot tell apart, answers nobody can type.</summary>
    public const string GiftKeyChanged = "CUR0506";
    /// <summary>A numerical GIFT answer that is not a number, or a tolerance or range that accepts nothing.</summary>
    public const string GiftNumber = "CUR0507";
    /// <summary>A matching GIFT question written so that its pairs cannot be read (no "->", no answer, too few items).</summary>
    public const string GiftMatching = "CUR0508";

    // CUR07xx: instructor-only blocks and session plans.
    /// <summary>A <c>:::</c> block of a kind other than <c>instructor</c> or <c>plan</c> (a typo would show notes to recruits).</summary>
    public const string UnknownBlockKind = "CUR0701";
    /// <summary>An instructor-only block is never closed with a <c>:::</c> line, so it would hide the rest of the file.</summary>
    public const string BlockNotClosed = "CUR0702";
    /// <summary>An instructor-only block outside a module file (course.md, a question bank), where only recruits' rendering exists.</summary>
    public const string InstructorBlockOutsideModule = "CUR0703";
    /// <summary>A session plan's teaching minutes differ from the module's minutes (hours times the course's hour length).</summary>
    public const string PlanMinutesMismatch = "CUR0710";
    /// <summary>An item of a timed list in a session plan does not start with its minutes.</summary>
    public const string PlanStepWithoutMinutes = "CUR0711";
    /// <summary>A session plan has no timed step, so it cannot be checked.</summary>
    public const string PlanWithoutSteps = "CUR0712";

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

    // CUR08xx: editions in other languages (course.ru.md, modules/01-x.ru.md), checked against the reference files.
    /// <summary>An edition file whose reference file (the same name without the language tag) does not exist.</summary>
    public const string EditionFileWithoutReference = "CUR0801";
    /// <summary>A module or question file has no sibling in an edition that exists: an edition translates every file.</summary>
    public const string EditionFileMissing = "CUR0802";
    /// <summary>Edition files in a language whose <c>course.&lt;lang&gt;.md</c> is missing.</summary>
    public const string EditionCourseFileMissing = "CUR0803";
    /// <summary>An edition's <c>language:</c> is missing or differs from its files' language tag.</summary>
    public const string EditionLanguageMismatch = "CUR0804";
    /// <summary>An edition file's tag is not a known language, or is the reference course's own language.</summary>
    public const string EditionTagInvalid = "CUR0805";
    /// <summary>A setting repeated in an edition's course file (hours, pass mark, version...) differs from course.md.</summary>
    public const string EditionSettingDiffers = "CUR0806";
    /// <summary>An edition module's id differs from its reference module's.</summary>
    public const string EditionModuleIdDiffers = "CUR0810";
    /// <summary>An edition module's hours differ from its reference module's.</summary>
    public const string EditionHoursDiffer = "CUR0811";
    /// <summary>An edition module's delivery differs from its reference module's.</summary>
    public const string EditionDeliveryDiffers = "CUR0812";
    /// <summary>An edition module's co-trainer slots (community, role, count) differ from its reference module's.</summary>
    public const string EditionSlotsDiffer = "CUR0813";
    /// <summary>An objective of the reference module is missing from its edition.</summary>
    public const string EditionObjectiveMissing = "CUR0814";
    /// <summary>An edition module has an objective its reference module does not have.</summary>
    public const string EditionObjectiveExtra = "CUR0815";
    /// <summary>An edition module's session plan differs in its timed steps (minutes, breaks) or is missing or extra.</summary>
    public const string EditionPlanDiffers = "CUR0816";
    /// <summary>An edition module lists a different number of legal claims than its reference module.</summary>
    public const string EditionLegalClaimsDiffer = "CUR0817";
    /// <summary>A question of the reference file is missing from its edition file.</summary>
    public const string EditionQuestionMissing = "CUR0820";
    /// <summary>An edition file has a question whose id its reference file does not have.</summary>
    public const string EditionQuestionExtra = "CUR0821";
    /// <summary>An edition question's kind differs from its reference question's.</summary>
    public const string EditionQuestionKindDiffers = "CUR0822";
    /// <summary>An edition question measures another objective than its reference question.</summary>
    public const string EditionQuestionObjectiveDiffers = "CUR0823";
    /// <summary>An edition question's Form, Shuffle or Favourable differs from its reference question's.</summary>
    public const string EditionQuestionSettingDiffers = "CUR0824";
    /// <summary>An edition question has a different number of options than its reference question.</summary>
    public const string EditionOptionCountDiffers = "CUR0825";
    /// <summary>An edition question marks other options right (by position) than its reference question.</summary>
    public const string EditionAnswerKeyDiffers = "CUR0826";
    /// <summary>An edition question's option weights differ from its reference question's, the right options being the same.</summary>
    public const string EditionWeightsDiffer = "CUR0827";
    /// <summary>An edition numerical question accepts other numbers than its reference question.</summary>
    public const string EditionNumbersDiffer = "CUR0828";
    /// <summary>An edition matching question has a different number of pairs or extra answers than its reference question.</summary>
    public const string EditionPairsDiffer = "CUR0829";

    // CUR09xx: the course set.
    /// <summary>Two course folders declare the same course id.</summary>
    public const string DuplicateCourse = "CUR0901";
}
