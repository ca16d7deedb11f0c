using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace SmartPolicingLms.Web.Security;

// Every sign-in limit in one place; the README's "Signing in" paragraph states the same numbers.
internal static class SignInLimits
{
    static readonly IStringLocalizer T = Localizers.For<SecurityStrings>();

    // POSTs to the sign-in, code and join forms from one client address. A classroom of 30 recruits behind one academy
    // address, each entering a code, choosing a password, signing in and joining, with a typo or two, stays inside it.
    public const string Policy = "sign-in";
    public const int PostsPerAddressPerMinute = 150;

    // Failed tries at one name (as typed, known or not) from one client address: the first few cost nothing, then that
    // address waits before its next try at that name, doubling from the first delay up to the longest. Nothing is ever
    // counted against the account itself, so someone failing elsewhere cannot keep its owner out.
    public const int FreeFailures = 5;
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ForgetAfter = TimeSpan.FromHours(1);

    public static IServiceCollection AddSignInLimits(this IServiceCollection services)
    {
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddScoped<OneTimeCodeSignIn>();
        // Only posts count: opening the form costs nothing and must not use up a classroom's allowance.
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(Policy, context =>
            HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetSlidingWindowLimiter(ClientAddress.Of(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = PostsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1), SegmentsPerWindow = 6, QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("")));
        return services;
    }

    // What a throttled person reads, the same whether the name they typed has an account or not.
    public static string WaitMessage(TimeSpan wait)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return T.Plural(minutes,
            "Too many failed tries with this name from your network. Wait {0} minute and try again.|Too many failed tries with this name from your network. Wait {0} minutes and try again.");
    }
}
