using Microsoft.Extensions.Logging;
using SmartPolicingLms.Web.Tests.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.SignInThrottling;

// An operator keeps one log category at Warning for a security review: who failed to sign in or was refused, from which
// address, and never the password or code they typed.
public abstract class SecurityEventTests(LmsFactory factory) : LmsTest(factory)
{
    IReadOnlyList<string> SecurityWarnings() =>
        [.. Factory.Logs.InCategory(SecurityEvents.Category).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message)];

    [SkippableFact]
    public async Task A_wrong_password_is_logged_with_the_name_and_address_but_not_the_password()
    {
        var person = await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        var visitor = NewVisitor();
        var typed = $"Wrong-{Guid.NewGuid():N}";

        await visitor.TrySignInAsync(person.Email, typed);

        var logged = Assert.Single(SecurityWarnings(), m => m.Contains(person.Email, StringComparison.Ordinal));
        Assert.Equal($"Failed sign-in as {person.Email} from {visitor.Address}", logged);
        Assert.DoesNotContain(Factory.Logs.Messages(LogLevel.Trace), m => m.Contains(typed, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_wrong_one_time_code_is_logged_with_the_identifier_but_not_the_code()
    {
        var serviceNumber = $"SN-{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        var visitor = NewVisitor();

        await EnrolmentWorld.SignInWithCodeAsync(visitor, serviceNumber, "QQQQ-ZZZZ-XXXX-WWWW-9999");

        Assert.Contains($"Wrong one-time code for {serviceNumber} from {visitor.Address}", SecurityWarnings());
        Assert.DoesNotContain(Factory.Logs.Messages(LogLevel.Trace), m => m.Contains("QQQQ-ZZZZ", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_page_refused_for_the_persons_role_is_logged_with_who_and_from_where()
    {
        var (recruit, person) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());

        await recruit.GetAsync("/admin/accounts");

        Assert.Contains($"Permission refused to {person.Id} from {recruit.Address}: GET /admin/accounts", SecurityWarnings());
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : SecurityEventTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : SecurityEventTests(factory), IClassFixture<PostgresLmsFactory>;
}
