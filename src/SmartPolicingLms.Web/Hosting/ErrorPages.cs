using Microsoft.AspNetCore.Diagnostics;

namespace SmartPolicingLms.Web.Hosting;

// The error and status pages are shown by running the request again at their address, with the method it came with.
// A refused form post (a missing or stale antiforgery token, say) would then be re-validated as a post to the error
// page and fail a second time, turning a 400 into an empty 500. The pages only read, so they are run as a GET.
internal static class ErrorPages
{
    public static IApplicationBuilder ShowErrorPagesAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
            context.Request.Method = HttpMethods.Get;
        return next(context);
    });
}
