using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SmartPolicingLms.Web.Data;

namespace SmartPolicingLms.Web.Features.Tests;

// What the recruit's test pages share: the cohort and kind from the URL, and the recruit from the cookie. Nothing
// about who answers, or for which enrolment, is ever read from a form.
public abstract class RecruitTestPage : ComponentBase
{
    [Parameter] public int CohortId { get; set; }
    [Parameter] public string Kind { get; set; } = "";
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }
    [Inject] protected NavigationManager Navigation { get; set; } = default!;

    internal TestKind TestKind => TestLinks.Parse(Kind) ?? TestKind.Pre;

    protected bool KnownKind => TestLinks.Parse(Kind) is not null;

    protected async Task<string> RecruitIdAsync() =>
        (await AuthenticationState).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    protected void Status(int code)
    {
        if (HttpContext is not null)
            HttpContext.Response.StatusCode = code;
    }

    // Not enrolled, or no such cohort: the same answer for both, so cohort ids cannot be probed. A 403 rather than
    // a 404, which would be replaced by the site's generic not-found page and lose the message.
    protected void NotTheirs() => Status(KnownKind ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound);
}
