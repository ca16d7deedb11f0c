using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Home;

// The sign-in page explains the two ways in and nothing of the template's; the account pages offer each person only
// what applies to them (issue 18 part 1). Recruits' refusal of the second-factor and passkey pages is in the matrix.
public abstract class SignInAndAccountPageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_sign_in_page_explains_the_password_and_the_one_time_code_and_no_external_service()
    {
        var login = await NewVisitor().OpenAsync("/Account/Login");

        Assert.DoesNotContain("external authentication", login.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("another service", login.Text, StringComparison.OrdinalIgnoreCase);
        var waysIn = login.Document.QuerySelector("[data-testid=ways-in]")!.TextContent;
        Assert.Contains("your password", waysIn);
        Assert.Contains("one-time code your instructor or administrator gave you", waysIn);
        Assert.Contains("A one-time code works in the password box too", login.Text);
        Assert.Contains("code", login.Links);
    }

    [SkippableFact]
    public async Task The_sign_in_page_explains_the_two_ways_in_in_Kyrgyz()
    {
        var login = await NewVisitor().Speaking("ky").OpenAsync("/Account/Login");

        Assert.Contains("Кирүүнүн эки жолу бар", login.Text);
        Assert.DoesNotContain("There are two ways in", login.Text);
    }

    [SkippableFact]
    public async Task A_recruit_s_account_offers_no_phone_number_two_factor_or_passkeys()
    {
        var (visitor, _) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());

        var account = await visitor.OpenAsync("/Account/Manage");

        Assert.Null(account.Document.QuerySelector("[name='Input.PhoneNumber']"));
        Assert.DoesNotContain("Account/Manage/TwoFactorAuthentication", account.Links);
        Assert.DoesNotContain("Account/Manage/Passkeys", account.Links);
        Assert.Contains("Account/Manage/ChangePassword", account.Links);
        Assert.NotNull(account.Document.QuerySelector("[data-testid=sign-in-name]"));
    }

    [SkippableFact]
    public async Task An_instructor_s_account_keeps_the_phone_number_two_factor_and_passkeys()
    {
        var (visitor, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());

        var account = await visitor.OpenAsync("/Account/Manage");

        Assert.NotNull(account.Document.QuerySelector("[name='Input.PhoneNumber']"));
        Assert.Contains("Account/Manage/TwoFactorAuthentication", account.Links);
        Assert.Contains("Account/Manage/Passkeys", account.Links);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : SignInAndAccountPageTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : SignInAndAccountPageTests(factory), IClassFixture<PostgresLmsFactory>;
}
