using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SmartPolicingLms.Web.Forms;

namespace SmartPolicingLms.Web.Tests.Forms;

// FluentValidation's own messages and Identity's refusals, worded in Kyrgyz and Russian.
public sealed partial class ValidationMessagesInKyrgyzTests
{
    sealed class Form
    {
        public string Name { get; set; } = "";
        public string Code { get; set; } = "";
        public int Hours { get; set; }
        public string? Email { get; set; }
    }

    // Every built-in validator the app's validators use.
    sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator()
        {
            RuleFor(f => f.Name).NotEmpty().WithName("Аты");
            RuleFor(f => f.Code).MaximumLength(3).Matches("^[a-z]*$").WithName("Коду");
            RuleFor(f => f.Hours).InclusiveBetween(1, 40).GreaterThan(0).WithName("Сааттар");
            RuleFor(f => f.Email).EmailAddress().WithName("Почта");
        }
    }

    [Fact]
    public void Each_built_in_validator_the_app_uses_answers_in_Kyrgyz()
    {
        var errors = InCulture("ky", () => Validate(new FormValidator(), new Form { Code = "ABCD", Hours = 0, Email = "nope" }));

        Assert.Contains("'Аты' толтурулушу керек.", errors);
        Assert.Contains("'Коду' 3 белгиден ашпашы керек. Сиз 4 белги киргиздиңиз.", errors);
        Assert.Contains("'Коду' туура эмес форматта жазылган.", errors);
        Assert.Contains("'Сааттар' 1 менен 40 аралыгында болушу керек. Сиз 0 киргиздиңиз.", errors);
        Assert.Contains("'Сааттар' '0' маанисинен чоң болушу керек.", errors);
        Assert.Contains("'Почта' жарактуу электрондук почта дареги эмес.", errors);
    }

    [Fact]
    public void Russian_comes_from_FluentValidation_itself_and_English_stays_English()
    {
        Assert.Contains("'Аты' должно быть заполнено.", InCulture("ru", () => Validate(new FormValidator(), new Form())));
        Assert.Contains("'Аты' must not be empty.", InCulture("en", () => Validate(new FormValidator(), new Form())));
    }

    [Fact]
    public void A_Kyrgyz_message_keeps_every_placeholder_of_the_English_one_and_no_key_is_left_blank()
    {
        var english = CultureInfo.GetCultureInfo("en");
        var kyrgyz = CultureInfo.GetCultureInfo("ky");
        var manager = new KyrgyzValidationMessages();
        foreach (var (key, message) in KyrgyzValidationMessages.Kyrgyz)
        {
            var original = manager.GetString(key, english);
            Assert.False(string.IsNullOrEmpty(original), $"{key} is not one of FluentValidation's keys.");
            Assert.Equal(Placeholders(original), Placeholders(message));
            Assert.Equal(message, manager.GetString(key, kyrgyz));
        }
        // A key without a Kyrgyz wording falls back to English rather than to an empty message.
        Assert.Equal(manager.GetString("NoSuchValidator", english), manager.GetString("NoSuchValidator", kyrgyz));
    }

    [Fact]
    public void Identitys_refusals_are_worded_in_the_readers_language_with_their_codes_unchanged()
    {
        var describer = new LocalizedIdentityErrors(new StringLocalizer<FormsStrings>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance)));

        var russian = InCulture("ru", () => describer.PasswordTooShort(12));
        var kyrgyz = InCulture("ky", () => describer.DuplicateEmail("a@example.org"));

        Assert.Equal(new IdentityErrorDescriber().PasswordTooShort(12).Code, russian.Code);
        Assert.Equal("Пароль должен содержать не менее 12 символов.", russian.Description);
        Assert.Equal("«a@example.org» электрондук почта дареги мурунтан эле ээленген.", kyrgyz.Description);
    }

    [Fact]
    public void A_day_is_written_in_the_readers_language()
    {
        var day = new DateOnly(2026, 12, 7);

        Assert.Equal("Mon 7 Dec 2026", InCulture("en", () => LocalTime.Day(day)));
        Assert.Contains("дек", InCulture("ru", () => LocalTime.Day(day)));
        Assert.DoesNotContain("Dec", InCulture("ky", () => LocalTime.Day(day)));
    }

    static List<string> Validate<T>(IValidator<T> validator, T value) => [.. validator.Validate(value).Errors.Select(e => e.ErrorMessage)];

    static T InCulture<T>(string name, Func<T> read)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            ValidatorOptions.Global.LanguageManager = new KyrgyzValidationMessages();
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    static List<string> Placeholders(string message) => [.. Placeholder().Matches(message).Select(m => m.Value).Order()];

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
