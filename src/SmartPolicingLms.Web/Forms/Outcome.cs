using FluentValidation.Results;

namespace SmartPolicingLms.Web.Forms;

// What a write use case hands back to its page: a value, or the failures the form shows beside its fields.
internal sealed record Outcome<T>(T? Value, IReadOnlyList<ValidationFailure> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static Outcome<T> Ok(T value) => new(value, []);
    public static Outcome<T> Invalid(IEnumerable<ValidationFailure> errors) => new(default, [.. errors]);
    public static Outcome<T> Invalid(string property, string message) => new(default, [new ValidationFailure(property, message)]);
}
