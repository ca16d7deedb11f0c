using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;

namespace SmartPolicingLms.Web.Features.FirstSignIn;

// Someone signed in with a temporary password may only choose their own password, sign out, or fetch what is
// open to everyone and is not a page (styles, scripts, the health check); every other request goes to the
// password page.
internal sealed class MustSetPasswordMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.User.HasClaim(c => c.Type == LmsClaimsPrincipalFactory.MustSetPasswordClaim)
            && !IsAllowed(context))
        {
            context.Response.Redirect(context.Request.PathBase + ChoosePassword.Path);
            return Task.CompletedTask;
        }
        return next(context);
    }

    static bool IsAllowed(HttpContext context) =>
        context.Request.Path.StartsWithSegments(ChoosePassword.Path)
        || context.Request.Path.StartsWithSegments("/Account/Logout")
        // The access-denied page of a refusal already decided is shown as it is.
        || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is { OriginalStatusCode: StatusCodes.Status403Forbidden }
        || context.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            && endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is null;
}
