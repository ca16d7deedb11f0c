using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SmartPolicingLms.Web.Features.Cohorts;

namespace SmartPolicingLms.Web.Features.Tests;

// What the instructors' test pages share: the viewer from the cookie, and a status code that matches a refusal
// (a cohort the viewer may not see answers as one that does not exist).
public abstract class InstructorPage : ComponentBase
{
    [Parameter] public int Id { get; set; }
    [CascadingParameter] Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [Inject] CohortAccess Access { get; set; } = default!;

    internal Viewer? Viewer { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        Viewer = await Access.ViewerAsync((await AuthenticationState).User, CancellationToken.None);
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    protected void Refused(string refusal)
    {
        if (HttpContext is not null)
            HttpContext.Response.StatusCode = refusal == CohortAccess.NotFoundMessage || refusal == TestControls.NoSuchRecruit
                ? StatusCodes.Status404NotFound
                : StatusCodes.Status403Forbidden;
    }
}
