using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace SmartPolicingLms.Web.Security;

// What an operator's security review asks for, under one log category (SmartPolicingLms.Security) at Warning, so it can
// be kept and routed on its own: failed sign-ins and throttling with the name typed and the client address, wrong
// one-time and two-factor codes, locks, and refused permissions. Never a password or a code: only who, from where, what.
internal static partial class SecurityEvents
{
    public const string Category = "SmartPolicingLms.Security";

    public static ILogger Logger(this ILoggerFactory factory) => factory.CreateLogger(Category);

    [LoggerMessage(1001, LogLevel.Warning, "Failed sign-in as {Name} from {ClientAddress}")]
    public static partial void FailedSignIn(this ILogger logger, string name, string clientAddress);

    [LoggerMessage(1002, LogLevel.Warning, "Sign-in as {Name} from {ClientAddress} throttled: too many failures, {Wait} to wait")]
    public static partial void SignInThrottled(this ILogger logger, string name, string clientAddress, TimeSpan wait);

    [LoggerMessage(1003, LogLevel.Warning, "Wrong one-time code for {Identifier} from {ClientAddress}")]
    public static partial void WrongCode(this ILogger logger, string identifier, string clientAddress);

    [LoggerMessage(1004, LogLevel.Warning, "One-time code sign-in as {Identifier} from {ClientAddress} throttled: too many wrong codes")]
    public static partial void CodeThrottled(this ILogger logger, string identifier, string clientAddress);

    [LoggerMessage(1005, LogLevel.Warning, "Wrong {Kind} code for account {UserId} from {ClientAddress}")]
    public static partial void WrongSecondFactor(this ILogger logger, string kind, string userId, string clientAddress);

    [LoggerMessage(1006, LogLevel.Warning, "Account {UserId} locked after wrong two-factor codes, last from {ClientAddress}")]
    public static partial void LockedOut(this ILogger logger, string userId, string clientAddress);

    [LoggerMessage(1007, LogLevel.Warning, "Too many requests from {ClientAddress} to {Path}")]
    public static partial void RateLimited(this ILogger logger, string clientAddress, string path);

    [LoggerMessage(1008, LogLevel.Warning, "Permission refused to {UserId} from {ClientAddress}: {Method} {Path}")]
    public static partial void Refused(this ILogger logger, string userId, string clientAddress, string method, string path);

    public static void Refused(this ILogger logger, HttpContext context) => logger.Refused(
        context.RequestServices.GetRequiredService<CurrentPerson>() is { IsSignedIn: true } person ? person.UserId : "anonymous",
        ClientAddress.Of(context), context.Request.Method, context.Request.Path);
}

// Role and policy refusals (a recruit opening an administrator's page) are decided by the authorization middleware
// before any page runs: logged here, and answered 403 where they were asked, as a refusal a page or endpoint makes
// itself is (RefusalAnswers), so the status code pages show the same access-denied page for both; a redirect to
// Identity's page would answer 200.
internal sealed class LoggedAuthorizationResults(ILoggerFactory loggers) : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler answer = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden)
            return answer.HandleAsync(next, context, policy, authorizeResult);
        loggers.Logger().Refused(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }
}
