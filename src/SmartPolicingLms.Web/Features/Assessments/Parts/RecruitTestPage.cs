using Microsoft.AspNetCore.Components;

namespace SmartPolicingLms.Web.Features.Assessments;

// What the recruit's test pages share: the cohort and kind from the URL, and the recruit from the cookie. Nothing
// about who answers, or for which enrolment, is ever read from a form.
public abstract class RecruitTestPage : LmsPage
{
    [Parameter] public int CohortId { get; set; }
    [Parameter] public string Kind { get; set; } = "";

    internal TestKind TestKind => TestLinks.Parse(Kind) ?? TestKind.Pre;

    protected bool KnownKind => TestLinks.Parse(Kind) is not null;

    // Not enrolled, or no such cohort: the same answer for both, so cohort ids cannot be probed. A 403 rather than
    // a 404, which would be replaced by the site's generic not-found page and lose the message.
    protected void NotTheirs() => Status(KnownKind ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound);
}
