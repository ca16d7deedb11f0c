namespace SmartPolicingLms.Web.Forms;

// How a file or export endpoint answers a refusal. "Not found" and "forbidden" go out without a body, so the status code
// pages show the site's page for them (NotFound.razor) in the reader's language, with the refusal's own words kept for
// the access-denied page; an invalid or conflicting request says why in plain text.
internal static class RefusalAnswers
{
    const string ReasonKey = "SmartPolicingLms.RefusalReason";

    public static IResult Answer(this Refusal refusal, HttpContext context)
    {
        switch (refusal.Kind)
        {
            case RefusalKind.NotFound:
                return Results.NotFound();
            case RefusalKind.Forbidden:
                context.Items[ReasonKey] = refusal.Message;
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            default:
                return Results.Text(refusal.Message, "text/plain; charset=utf-8", statusCode: LmsPage.StatusCodeOf(refusal.Kind));
        }
    }

    // The words of the refusal that led to the access-denied page, when an endpoint gave any.
    public static string? ReasonOf(HttpContext? context) => context?.Items[ReasonKey] as string;
}
