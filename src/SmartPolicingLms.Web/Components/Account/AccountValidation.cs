using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace SmartPolicingLms.Web.Components.Account;

// The Identity pages validate with data annotations, whose messages are English unless given a resource. These
// attributes word them in the reader's language at the moment they are shown, with the field's name translated too
// (a validator built once still answers each request in its own language).
internal static class AccountValidation
{
    static readonly IStringLocalizer T = Localizers.For<AccountStrings>();

    // The field names the pages' models use, as [Display] or as the property's name.
    public static string FieldName(string name) => name switch
    {
        "Email" => T["Email"],
        "Password" => T["Password"],
        "ConfirmPassword" or "Confirm password" => T["Confirm password"],
        "Authenticator code" => T["Authenticator code"],
        "Recovery Code" => T["Recovery code"],
        "Phone number" => T["Phone number"],
        "New email" => T["New email"],
        "Current password" => T["Current password"],
        "New password" => T["New password"],
        "Confirm new password" => T["Confirm new password"],
        "Verification Code" => T["Verification code"],
        "Name" => T["Passkey name"],
        "Code" => T["Code"],
        _ => name,
    };

    internal static string Format(string format, params object[] arguments) =>
        string.Format(CultureInfo.CurrentCulture, format, arguments);
}

internal sealed class FilledAttribute : RequiredAttribute
{
    static readonly IStringLocalizer T = Localizers.For<AccountStrings>();

    public override string FormatErrorMessage(string name) =>
        AccountValidation.Format(T["The {0} field is required."], AccountValidation.FieldName(name));
}

internal sealed class EmailFormatAttribute : DataTypeAttribute
{
    static readonly IStringLocalizer T = Localizers.For<AccountStrings>();
    static readonly EmailAddressAttribute Rule = new();

    public EmailFormatAttribute() : base(DataType.EmailAddress) { }

    public override bool IsValid(object? value) => Rule.IsValid(value);

    public override string FormatErrorMessage(string name) =>
        AccountValidation.Format(T["The {0} field is not a valid email address."], AccountValidation.FieldName(name));
}

internal sealed class PhoneFormatAttribute : DataTypeAttribute
{
    static readonly IStringLocalizer T = Localizers.For<AccountStrings>();
    static readonly PhoneAttribute Rule = new();

    public PhoneFormatAttribute() : base(DataType.PhoneNumber) { }

    public override bool IsValid(object? value) => Rule.IsValid(value);

    public override string FormatErrorMessage(string name) =>
        AccountValidation.Format(T["The {0} field is not a valid phone number."], AccountValidation.FieldName(name));
}

internal sealed class LengthBetweenAttribute(int maximumLength) : StringLengthAttribute(maximumLength)
{
    static readonly IStringLocalizer T = Localizers.For<AccountStrings>();

    public override string FormatErrorMessage(string name) => MinimumLength > 0
        ? AccountValidation.Format(T["The {0} must be at least {2} and at most {1} characters long."],
            AccountValidation.FieldName(name), MaximumLength, MinimumLength)
        : AccountValidation.Format(T["The {0} must be at most {1} characters long."], AccountValidation.FieldName(name), MaximumLength);
}

internal sealed class SameAsAttribute(string otherProperty) : CompareAttribute(otherProperty)
{
    static readonly IStringLocalizer T = Localizers.For<AccountStrings>();

    public override string FormatErrorMessage(string name) => T["The password and its confirmation differ."];
}
