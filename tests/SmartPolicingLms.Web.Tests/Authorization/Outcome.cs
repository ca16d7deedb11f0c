using System.Net;
using Microsoft.AspNetCore.WebUtilities;

namespace SmartPolicingLms.Web.Tests.Authorization;

// What a person gets back from one request, in the words the access table uses.
public enum Outcome
{
    // 2xx: the page or file was served.
    Ok,
    // Redirected to the sign-in page with a ReturnUrl: the app does not know who this is.
    SignIn,
    // 403, or redirected to the access-denied page: signed in, but not allowed.
    Denied,
    // 404.
    NotFound,
    // Redirected to the page where someone holding a one-time code must choose their password.
    ChoosePassword,
    // Another redirect: the endpoint was reached and chose to send the person elsewhere.
    Redirect,
    // Another 4xx: the endpoint was reached and refused the request itself (a missing form field, say).
    BadRequest,
    // 5xx: never expected.
    ServerError,
}

internal static class Outcomes
{
    public static Outcome Of(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
            return Outcome.Ok;
        if (status is >= 300 and < 400)
        {
            var location = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
            var query = QueryHelpers.ParseQuery(location.Query);
            if (location.AbsolutePath.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase) && query.ContainsKey("ReturnUrl"))
                return Outcome.SignIn;
            if (location.AbsolutePath.Equals("/Account/AccessDenied", StringComparison.OrdinalIgnoreCase))
                return Outcome.Denied;
            if (location.AbsolutePath.Equals("/first-sign-in", StringComparison.OrdinalIgnoreCase))
                return Outcome.ChoosePassword;
            return Outcome.Redirect;
        }
        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => Outcome.Denied,
            HttpStatusCode.NotFound => Outcome.NotFound,
            _ when status is >= 400 and < 500 => Outcome.BadRequest,
            _ => Outcome.ServerError,
        };
    }

    public static string Describe(HttpResponseMessage response) =>
        $"{(int)response.StatusCode}{(response.Headers.Location is { } location ? " -> " + location : "")}";
}
