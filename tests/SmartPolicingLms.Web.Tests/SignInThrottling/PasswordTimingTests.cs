using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.SignInThrottling;

// How long a sign-in takes is dominated by hashing the password typed. Time is not measured here (timings belong to
// benchmarks); what is checked is the cause: a name without an account costs the same hashing as a wrong password.
public abstract class PasswordTimingTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_unknown_name_costs_one_password_hash_as_a_wrong_password_on_a_real_account_does()
    {
        var hasher = new CountingHasher();
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        installation.TestServices = services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(hasher);
        var real = await installation.People.CreateAsync(Roles.Instructor, await installation.People.CreateInstitutionAsync());
        var browser = new Visitor(installation);

        var before = hasher.Verified;
        await browser.TrySignInAsync(real.Email, real.Password + "-wrong");
        var forReal = hasher.Verified - before;
        before = hasher.Verified;
        await browser.TrySignInAsync("nobody-here@example.org", real.Password + "-wrong");
        var forUnknown = hasher.Verified - before;

        Assert.Equal(1, forReal);
        Assert.Equal(forReal, forUnknown);
    }

    sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        readonly PasswordHasher<ApplicationUser> inner = new();
        int verified;

        public int Verified => Volatile.Read(ref verified);

        public string HashPassword(ApplicationUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verified);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : PasswordTimingTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : PasswordTimingTests(factory), IClassFixture<PostgresLmsFactory>;
}
