using FluentValidation;

namespace SmartPolicingLms.Web.Forms;

// Names, titles and identifiers are one line of printable text. A line break typed or pasted into a name would split
// it across lines of a CSV or a sign-in sheet, and a NUL byte is stored by SQLite but refused by PostgreSQL, so the
// same roster would import on one database and fail on the other. Both are refused where they are typed.
internal static class SingleLine
{
    static readonly IStringLocalizer T = Localizers.For<FormsStrings>();

    // {PropertyName} is filled in by FluentValidation with the field's (translated) name.
    public static string Message => T["{PropertyName} may not contain line breaks, tabs or other control characters."];

    public static bool IsClean(string? value) => value is null || !value.Any(char.IsControl);

    public static IRuleBuilderOptions<T, TText> SingleLineText<T, TText>(this IRuleBuilder<T, TText> rule) where TText : class? =>
        rule.Must(value => IsClean(value as string)).WithMessage(_ => Message);
}
