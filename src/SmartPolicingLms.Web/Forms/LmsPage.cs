using Microsoft.AspNetCore.Components;

namespace SmartPolicingLms.Web.Forms;

// What every page of the LMS shares: the person asking, the request's cancellation (a closed tab stops its queries),
// and the one mapping from a refusal's kind to a status code.
public abstract class LmsPage : ComponentBase
{
    [CascadingParameter] protected HttpContext? HttpContext { get; set; }
    [Inject] protected NavigationManager Navigation { get; set; } = default!;
    [Inject] internal CurrentPerson Person { get; set; } = default!;

    protected CancellationToken Aborted => HttpContext?.RequestAborted ?? CancellationToken.None;

    internal static int StatusCodeOf(RefusalKind kind) => kind switch
    {
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Forbidden => StatusCodes.Status403Forbidden,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    // Answers with the refusal's status code and lets the page show its words. A 404 keeps the page's own message
    // rather than the site's generic not-found page, unless the page calls Navigation.NotFound() itself.
    internal void Refused(RefusalKind kind)
    {
        if (kind == RefusalKind.Forbidden && HttpContext is { } context)
            context.RequestServices.GetRequiredService<ILoggerFactory>().Logger().Refused(context);
        Status(StatusCodeOf(kind));
    }

    internal void Refused(Refusal refusal) => Refused(refusal.Kind);

    // A 404 set here ends the page without a body (Blazor hands it to the site's not-found page); pages that want
    // their own words for "not found" call Navigation.NotFound() and let NotFound.razor word it.
    protected void Status(int code)
    {
        if (HttpContext is { Response.HasStarted: false })
            HttpContext.Response.StatusCode = code;
    }
}
