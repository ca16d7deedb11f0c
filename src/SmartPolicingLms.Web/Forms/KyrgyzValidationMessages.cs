using System.Globalization;
using FluentValidation;
using FluentValidation.Resources;

namespace SmartPolicingLms.Web.Forms;

// FluentValidation's own messages ("'Name to show' must not be empty.") come in English and Russian but not in Kyrgyz,
// and for a neutral culture it has no words for, it answers with an empty message rather than English. This adds the
// Kyrgyz wording of every built-in validator, and falls back to English for anything else, so no field is ever left
// with a blank message. The placeholders ({PropertyName}, {MaxLength}...) are FluentValidation's, filled in by it.
internal sealed class KyrgyzValidationMessages : LanguageManager
{
    static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static readonly IReadOnlyDictionary<string, string> Kyrgyz = new Dictionary<string, string>
    {
        ["EmailValidator"] = "'{PropertyName}' жарактуу электрондук почта дареги эмес.",
        ["GreaterThanOrEqualValidator"] = "'{PropertyName}' '{ComparisonValue}' маанисинен чоң же ага барабар болушу керек.",
        ["GreaterThanValidator"] = "'{PropertyName}' '{ComparisonValue}' маанисинен чоң болушу керек.",
        ["LengthValidator"] = "'{PropertyName}' {MinLength} белгиден {MaxLength} белгиге чейин болушу керек. Сиз {TotalLength} белги киргиздиңиз.",
        ["MinimumLengthValidator"] = "'{PropertyName}' кеминде {MinLength} белгиден турушу керек. Сиз {TotalLength} белги киргиздиңиз.",
        ["MaximumLengthValidator"] = "'{PropertyName}' {MaxLength} белгиден ашпашы керек. Сиз {TotalLength} белги киргиздиңиз.",
        ["LessThanOrEqualValidator"] = "'{PropertyName}' '{ComparisonValue}' маанисинен кичине же ага барабар болушу керек.",
        ["LessThanValidator"] = "'{PropertyName}' '{ComparisonValue}' маанисинен кичине болушу керек.",
        ["NotEmptyValidator"] = "'{PropertyName}' толтурулушу керек.",
        ["NotEqualValidator"] = "'{PropertyName}' '{ComparisonValue}' маанисине барабар болбошу керек.",
        ["NotNullValidator"] = "'{PropertyName}' толтурулушу керек.",
        ["PredicateValidator"] = "'{PropertyName}' үчүн коюлган шарт аткарылган жок.",
        ["AsyncPredicateValidator"] = "'{PropertyName}' үчүн коюлган шарт аткарылган жок.",
        ["RegularExpressionValidator"] = "'{PropertyName}' туура эмес форматта жазылган.",
        ["EqualValidator"] = "'{PropertyName}' '{ComparisonValue}' маанисине барабар болушу керек.",
        ["ExactLengthValidator"] = "'{PropertyName}' так {MaxLength} белгиден турушу керек. Сиз {TotalLength} белги киргиздиңиз.",
        ["InclusiveBetweenValidator"] = "'{PropertyName}' {From} менен {To} аралыгында болушу керек. Сиз {PropertyValue} киргиздиңиз.",
        ["ExclusiveBetweenValidator"] = "'{PropertyName}' {From} менен {To} ортосунда (бул маанилерди кошпогондо) болушу керек. Сиз {PropertyValue} киргиздиңиз.",
        ["CreditCardValidator"] = "'{PropertyName}' жарактуу карта номери эмес.",
        ["ScalePrecisionValidator"] = "'{PropertyName}' жалпысынан {ExpectedPrecision} цифрадан, анын ичинде {ExpectedScale} ондук белгиден ашпашы керек. Киргизилген сандын бүтүн бөлүгүндө {Digits} цифра, ондук бөлүгүндө {ActualScale} белги бар.",
        ["EmptyValidator"] = "'{PropertyName}' бош болушу керек.",
        ["NullValidator"] = "'{PropertyName}' бош болушу керек.",
        ["EnumValidator"] = "'{PropertyName}' үчүн '{PropertyValue}' мааниси жол берилбейт.",
        ["Length_Simple"] = "'{PropertyName}' {MinLength} белгиден {MaxLength} белгиге чейин болушу керек.",
        ["MinimumLength_Simple"] = "'{PropertyName}' кеминде {MinLength} белгиден турушу керек.",
        ["MaximumLength_Simple"] = "'{PropertyName}' {MaxLength} белгиден ашпашы керек.",
        ["ExactLength_Simple"] = "'{PropertyName}' так {MaxLength} белгиден турушу керек.",
        ["InclusiveBetween_Simple"] = "'{PropertyName}' {From} менен {To} аралыгында болушу керек.",
    };

    public KyrgyzValidationMessages()
    {
        foreach (var (key, message) in Kyrgyz)
            AddTranslation(Languages.Kyrgyz, key, message);
    }

    // Once, at start-up: FluentValidation's language manager is global to the process.
    public static void Install() => ValidatorOptions.Global.LanguageManager = new KyrgyzValidationMessages();

    public override string GetString(string key, CultureInfo? culture = null)
    {
        var message = base.GetString(key, culture);
        return message.Length > 0 ? message : base.GetString(key, English);
    }
}
