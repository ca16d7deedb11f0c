using FluentValidation.Results;

namespace SmartPolicingLms.Web.Forms;

// Why a request was refused. Pages map a kind to a status code in one place (LmsPage), so the words of a refusal
// can change, or be translated, without changing what the browser is told.
internal enum RefusalKind
{
    // The input breaks a rule: the form shows why beside its fields.
    Invalid,
    // Nothing by that id that this person may see: answered exactly as a thing that does not exist.
    NotFound,
    // The person sees it but may not do this.
    Forbidden,
    // Someone else changed it first: nothing was written.
    Conflict,
}

// A refusal from a query or a check: its kind, and the words shown to the person.
internal sealed record Refusal(RefusalKind Kind, string Message)
{
    public static Refusal NotFound(string message) => new(RefusalKind.NotFound, message);
    public static Refusal Forbidden(string message) => new(RefusalKind.Forbidden, message);
    public static Refusal Conflict(string message) => new(RefusalKind.Conflict, message);
    public static Refusal Invalid(string message) => new(RefusalKind.Invalid, message);
}

// What a write use case hands back to its page: a value, or why not (the kind, and the failures the form shows
// beside its fields).
internal sealed record Outcome<T>(T? Value, IReadOnlyList<ValidationFailure> Errors, RefusalKind Kind = RefusalKind.Invalid)
{
    public bool Succeeded => Errors.Count == 0;

    // True when the write was refused because someone else saved first.
    public bool IsConflict => !Succeeded && Kind == RefusalKind.Conflict;

    public static Outcome<T> Ok(T value) => new(value, []);
    public static Outcome<T> Invalid(IEnumerable<ValidationFailure> errors) => new(default, [.. errors]);
    public static Outcome<T> Invalid(string property, string message) => new(default, [new ValidationFailure(property, message)]);
    public static Outcome<T> Refused(Refusal refusal) => new(default, [new ValidationFailure("", refusal.Message)], refusal.Kind);
    public static Outcome<T> NotFound(string message) => Refused(Refusal.NotFound(message));
    public static Outcome<T> Forbidden(string message) => Refused(Refusal.Forbidden(message));
    public static Outcome<T> Conflict(string message) => Refused(Refusal.Conflict(message));

    // The same refusal for a use case with another result type.
    public Outcome<TOther> As<TOther>() => new(default, Errors, Kind);
}
