using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Security;

internal static class IdentitySetup
{
    // Identity's own refusals (password rules, a taken email) in the reader's language.
    public static IdentityBuilder AddLmsErrorWording(this IdentityBuilder identity) =>
        identity.AddErrorDescriber<LocalizedIdentityErrors>();

    // Shared by the app and the design-time DbContext factories: the Identity schema version shapes the model,
    // so migrations must be generated with the same options the app runs with.
    public static void Configure(IdentityOptions options)
    {
        options.SignIn.RequireConfirmedAccount = true;
        options.Stores.SchemaVersion = IdentitySchemaVersions.Version3;
        // Recruits without email are known by their service number, so an email is optional; where there is one,
        // OptionalEmailValidator keeps it valid and unique (Identity's own check would refuse every email-less account).
        options.User.RequireUniqueEmail = false;
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        // Wrong passwords and codes do not count here (SignInLimits throttles them per address instead, so nobody can
        // lock someone else out); only wrong two-factor codes, typed by someone who knew the password, still lock.
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    }
}
