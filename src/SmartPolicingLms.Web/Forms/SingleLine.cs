using FluentValidation;

namespace SmartPolicingLms.Web.Forms;

// Names, titles and identifiers are one line of printable text. A line break typed or pasted into a name would split
// it across lines of a CSV or a sign-in sheet, and a NUL byte is stored by SQLite but refused by PostgreSQL, so the
// same roster would import on one database and fail on the other. Both are refused where they are typed.
internal static class SingleLine
{
    public const string Message = "{PropertyName} may not contain line breaks, tabs or other control characters.";

    public static bool IsClean(string? value) => value is null || !value.Any(char.IsControl);

    public static IRuleBuilderOptions<T, TText> SingleLineText<T, TText>(this IRuleBuilder<T, TText> rule) where TText : class? =>
        rule.Must(value => IsClean(value as string)).WithMessage(Message);
}
