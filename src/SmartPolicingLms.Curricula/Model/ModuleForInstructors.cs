namespace SmartPolicingLms.Curricula.Model;

/// <summary>Who a module is rendered for: instructor-only blocks are in one rendering and never in the other.</summary>
public enum Viewer
{
    /// <summary>A recruit, or anyone a course page is shown to without being an instructor: no instructor-only blocks.</summary>
    Recruit,
    /// <summary>Instructors (and the staff who plan with them): instructor-only blocks included, labelled "For instructors".</summary>
    Instructor,
}

/// <summary>A statement of law a module makes, and whether a lawyer of the place it is taught has reviewed it.</summary>
/// <param name="Text">The claim as the author wrote it, in the course's language.</param>
/// <param name="Source">The law, article or case it rests on, as written; null when not given.</param>
/// <param name="Review">Who reviewed it and when; null while the review is pending.</param>
public sealed record LegalClaim(string Text, string? Source, LegalReview? Review)
{
    /// <summary>True while no one has reviewed the claim: the course then needs local legal review before it is taught.</summary>
    public bool IsPending => Review is null;
}

/// <summary>A completed legal review of one claim.</summary>
/// <param name="ReviewedBy">Who reviewed it, as written (a name and role).</param>
/// <param name="ReviewedOn">The day of the review.</param>
public sealed record LegalReview(string ReviewedBy, DateOnly ReviewedOn);

/// <summary>
/// The timed steps of a module's session plans (every <c>::: plan</c> block of the module, in order). Teaching time
/// excludes breaks: a module's hours count teaching, so teaching steps must add up to the module's minutes, and breaks
/// are counted apart for whoever schedules the sessions.
/// </summary>
/// <param name="Steps">The timed steps in the order written.</param>
/// <param name="Line">Line of the first plan block, 1-based.</param>
public sealed record SessionPlan(IReadOnlyList<PlanStep> Steps, int Line)
{
    /// <summary>Minutes of the steps that are not breaks.</summary>
    public int TeachingMinutes => Steps.Where(s => !s.IsBreak).Sum(s => s.Minutes);

    /// <summary>Minutes of the steps marked as breaks.</summary>
    public int BreakMinutes => Steps.Where(s => s.IsBreak).Sum(s => s.Minutes);
}

/// <summary>One timed step of a session plan.</summary>
/// <param name="Minutes">How long it takes.</param>
/// <param name="IsBreak">True for a break, which is not teaching time.</param>
/// <param name="Text">The step as written after its minutes, in plain text.</param>
/// <param name="Line">Its line in the module file, 1-based.</param>
public sealed record PlanStep(int Minutes, bool IsBreak, string Text, int Line);
