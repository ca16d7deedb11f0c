namespace SmartPolicingLms.Curricula.Model;

/// <summary>
/// The course in another language, read from the folder's edition files (<c>course.ru.md</c>,
/// <c>modules/01-x.ru.md</c>, <c>questions/bank.ru.md</c>). It shares every module, objective and question id, the
/// hours, delivery kinds, slots, question kinds and answer keys of the reference edition (the course itself), so
/// results pool across editions by id; only the words differ.
/// </summary>
/// <param name="Language">BCP 47 language tag of the edition, such as <c>ru</c> or <c>ky</c>: the files' suffix.</param>
/// <param name="AwaitingReview">True while the edition awaits review by a native speaker (<c>edition-review: pending</c>).</param>
/// <param name="Content">
/// The edition read as a course: the same ids and structure as the reference, with titles, texts, options and
/// feedback in <paramref name="Language"/>. Its own <see cref="Course.Editions"/> is empty, and its
/// <see cref="Course.Files"/> and <see cref="Course.ContentHash"/> are the reference course's.
/// </param>
public sealed record CourseEdition(string Language, bool AwaitingReview, Course Content);
