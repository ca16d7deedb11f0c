using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Accounts;

// The sign-in and account pages, and the refusals behind them, read in the language the person asked for.
public abstract class AccountPagesInRussianAndKyrgyzTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("ru", "Войти", "Запомнить меня")]
    [InlineData("ky", "Кирүү", "Мени эстеп калуу")]
    public async Task The_sign_in_page_is_in_the_browsers_language(string language, string heading, string rememberMe)
    {
        var page = await NewVisitor().Speaking(language).OpenAsync("/Account/Login");

        Assert.Equal(heading, page.Heading);
        Assert.Contains(rememberMe, page.Text);
        Assert.DoesNotContain("Remember me", page.Text);
        Assert.Equal(language, page.Document.DocumentElement.GetAttribute("lang"));
    }

    [SkippableFact]
    public async Task A_wrong_password_is_refused_in_Russian_as_an_error()
    {
        var owner = await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        var browser = NewVisitor().Speaking("ru");

        var page = await browser.FollowAsync(await browser.TrySignInAsync(owner.Email, "not-the-password"));

        var alert = page.Document.QuerySelector(".alert")!;
        Assert.Contains("alert-danger", alert.ClassName);
        Assert.Equal("Ошибка: Неверное имя или пароль.", HtmlPage.Normalize(alert.TextContent));
    }

    [SkippableFact]
    public async Task The_accounts_list_and_an_empty_new_account_form_are_in_Kyrgyz()
    {
        var administrator = (await AdministratorAsync()).Speaking("ky");

        var list = await administrator.OpenAsync("/admin/accounts");
        var refused = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/accounts/new"), "create-account",
            ("Input.Email", ""), ("Input.DisplayName", ""), ("Input.Role", Roles.Recruit));

        Assert.Equal("Эсептик жазуулар", list.Heading);
        Assert.Contains("Администратор", list.Text);
        Assert.DoesNotContain("New account", list.Text);
        Assert.Contains("'Көрсөтүлүүчү ат' толтурулушу керек.", refused.MessagesBeside("Input.DisplayName"));
        Assert.Contains("Окутуучулар жана курсанттар окуу жайга таандык: окуу жайды тандаңыз.", refused.MessagesBeside("Input.InstitutionId"));
    }

    [SkippableFact]
    public async Task An_empty_new_account_form_is_refused_in_Russian_beside_its_fields()
    {
        var administrator = (await AdministratorAsync()).Speaking("ru");

        var refused = await administrator.SubmitAndFollowAsync(await administrator.OpenAsync("/admin/accounts/new"), "create-account",
            ("Input.Email", "not an address"), ("Input.DisplayName", ""), ("Input.Role", Roles.Instructor));

        Assert.Contains("'Отображаемое имя' должно быть заполнено.", refused.MessagesBeside("Input.DisplayName"));
        Assert.Contains("'Электронная почта' неверный email адрес.", refused.MessagesBeside("Input.Email"));
        Assert.Contains("Преподаватели и курсанты относятся к учебному заведению: выберите его.", refused.MessagesBeside("Input.InstitutionId"));
    }

    [SkippableFact]
    public async Task Identitys_own_password_rules_are_worded_in_Russian_on_the_first_sign_in()
    {
        var person = await People.CreateWithOneTimeCodeAsync(Roles.Recruit, await People.CreateInstitutionAsync());
        var browser = NewVisitor().Speaking("ru");
        var choose = await browser.SignInAsync(person);

        var refused = await browser.SubmitAndFollowAsync(choose, "choose-password", ("Input.NewPassword", "short"), ("Input.ConfirmPassword", "short"));

        Assert.Equal("Выберите пароль", choose.Heading);
        Assert.Contains("Пароль должен содержать не менее 12 символов.", refused.MessagesBeside("Input.NewPassword"));
        Assert.DoesNotContain(refused.MessagesBeside("Input.NewPassword"), m => m.Contains("Passwords must"));
    }

    [SkippableFact]
    public async Task The_account_page_shows_the_interface_language_and_saves_a_new_choice_on_the_account()
    {
        var (browser, person) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        browser.Speaking("ru");
        var manage = await browser.OpenAsync("/Account/Manage");
        var form = manage.Document.QuerySelector("select#language")!.Closest("form")!;

        var response = await browser.PostAsync("/language", [
            new("language", "ky"), new("returnUrl", form.QuerySelector("[name=returnUrl]")!.GetAttribute("value")!),
            new("__RequestVerificationToken", form.QuerySelector("[name=__RequestVerificationToken]")!.GetAttribute("value")!)]);
        var after = await browser.FollowAsync(response);

        Assert.Contains("Язык интерфейса", manage.Text);
        Assert.Equal("ru", form.QuerySelector("option[selected]")?.GetAttribute("value"));
        Assert.Equal("/Account/Manage", Visitor.RedirectPath(response));
        Assert.Contains("Интерфейстин тили", after.Text);
        Assert.Contains("Кыргызча", after.Document.QuerySelector("[data-testid=interface-language]")!.TextContent);
        Assert.Equal("ky", (await People.FindAsync(person.Email)).Language);
    }

    [SkippableFact]
    public async Task A_status_message_in_Kyrgyz_survives_the_redirect_that_carries_it()
    {
        var (browser, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());
        browser.Speaking("ky");

        var saved = await browser.SubmitAndFollowAsync(await browser.OpenAsync("/Account/Manage"), "profile", ("Input.PhoneNumber", "+996 555 123 456"));

        Assert.Equal("Профиль жаңыртылды.", HtmlPage.Normalize(saved.Document.QuerySelector(".alert-success")?.TextContent));
    }

    [SkippableFact]
    public async Task Too_many_requests_are_refused_in_Russian_with_the_page_marked_as_Russian()
    {
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        var browser = new Visitor(installation).Speaking("ru");
        var empty = new Dictionary<string, string> { ["Input.Email"] = "someone" };

        HttpResponseMessage refused;
        var posts = 0;
        do
            refused = await browser.PostAsync("/Account/Login", empty);
        while (refused.StatusCode != HttpStatusCode.TooManyRequests && ++posts <= SignInLimits.PostsPerAddressPerMinute);
        var page = new HtmlPage(new Uri("http://localhost/Account/Login"), refused.StatusCode, await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("ru", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Слишком много запросов", page.Heading);
        Assert.DoesNotContain("Too many requests", page.Text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : AccountPagesInRussianAndKyrgyzTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : AccountPagesInRussianAndKyrgyzTests(factory), IClassFixture<PostgresLmsFactory>;
}
